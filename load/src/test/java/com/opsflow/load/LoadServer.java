package com.opsflow.load;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The packaged application under load: {@code java -jar} of the main build's jar in a JVM of its own, with the demo
 * organisation and the load organisation, on a fresh file H2 database; stopped after the run. Ready when its health
 * answers 200 (the start-up gate answers 503 until the organisation and the processes exist).
 */
final class LoadServer {

  private final Path jar;
  private final Path work;
  private final int port;
  private final int departments;
  private final int staff;
  private Process process;

  LoadServer(Path jar, Path work, int port, int departments, int staff) {
    this.jar = jar;
    this.work = work;
    this.port = port;
    this.departments = departments;
    this.staff = staff;
  }

  static LoadServer fromProperties() {
    return new LoadServer(Path.of(System.getProperty("load.jar")), Path.of(System.getProperty("load.work", "target/load")),
        Integer.getInteger("load.port", 18080), Integer.getInteger("load.departments", 40),
        Integer.getInteger("load.staff", 4));
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  void start() {
    try {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException("no application jar at " + jar + ": run mvn -Pload verify from the project root");
      }
      Path database = work.resolve("h2");
      deleteTree(database);
      Files.createDirectories(database);
      File log = work.resolve("server.log").toFile();
      process = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g", "-jar", jar.toString(),
          "--spring.profiles.active=demo,load", "--server.port=" + port, "--opsflow.demo.work=false",
          "--opsflow.load.departments=" + departments, "--opsflow.load.staff=" + staff,
          "--spring.datasource.url=jdbc:h2:file:" + database.toAbsolutePath() + "/opsflow;DB_CLOSE_ON_EXIT=FALSE"))
          .redirectErrorStream(true).redirectOutput(log).start();
      HttpClient client = HttpClient.newHttpClient();
      Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the application stopped while starting; see " + log);
        }
        try {
          HttpResponse<Void> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
              HttpResponse.BodyHandlers.discarding());
          if (health.statusCode() == 200) {
            return;
          }
        } catch (IOException notYetListening) {
          // Tomcat is not up yet
        }
        if (Instant.now().isAfter(giveUp)) {
          throw new IllegalStateException("the application did not become healthy in 5 minutes; see " + log);
        }
        Thread.sleep(1000); // polling a process that is starting: the condition is the health answer above
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  void stop() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }
}
