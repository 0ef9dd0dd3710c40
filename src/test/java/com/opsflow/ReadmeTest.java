package com.opsflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The README stays a short guide whose map of the code is the code's own: every package, one line each. */
class ReadmeTest {

  private static final Path SOURCES = Path.of("src/main/java/com/opsflow");
  private static final Pattern LISTED_PACKAGE = Pattern.compile("(?m)^- `([a-z.]+)` — \\S");
  private static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\((?!https?:)([^)#]+)\\)");

  private final String readme = read(Path.of("README.md"));

  @Test
  void theReadmeIsAShortGuide() {
    assertThat(readme.lines().count()).as("README lines").isLessThan(200);
  }

  @Test
  void whereToFindThingsListsEveryPackageWithItsPackageInfoAndNothingElse() {
    Set<String> listed = new TreeSet<>();
    Matcher line = LISTED_PACKAGE.matcher(readme.substring(readme.indexOf("## Where to find things")));
    while (line.find()) {
      listed.add(line.group(1));
    }
    assertThat(listed).as("packages in README's 'Where to find things'").isEqualTo(packagesWithCode());
    assertThat(packagesWithCode()).allSatisfy(name -> assertThat(SOURCES.resolve(name.replace('.', '/')).resolve("package-info.java"))
        .as("package-info.java of " + name).exists());
  }

  @Test
  void everyDocumentTheReadmeLinksToExists() {
    Matcher link = RELATIVE_LINK.matcher(readme);
    List<String> missing = new java.util.ArrayList<>();
    while (link.find()) {
      if (!Files.exists(Path.of(link.group(1)))) {
        missing.add(link.group(1));
      }
    }
    assertThat(missing).as("README links to missing files").isEmpty();
  }

  private static Set<String> packagesWithCode() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      Set<String> packages = new TreeSet<>();
      files.filter(file -> file.toString().endsWith(".java") && !file.getFileName().toString().equals("package-info.java"))
          .map(Path::getParent)
          .filter(directory -> !directory.equals(SOURCES))
          .forEach(directory -> packages.add(SOURCES.relativize(directory).toString().replace('/', '.')));
      return packages;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
