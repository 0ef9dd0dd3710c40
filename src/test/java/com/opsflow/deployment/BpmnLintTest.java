package com.opsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Runs bpmnlint's "recommended" rules (.bpmnlintrc), the linter Camunda Modeler shows, on every diagram
 * in processes/. bpmnlint is pinned in package.json/package-lock.json and installed by `npm ci`
 * (the build does it before the tests); this test downloads nothing. The rules hold the house rules of the
 * README: a loop back into a step goes through a merging gateway (fake-join), and no gateway both joins and
 * forks (no-gateway-join-fork).
 */
class BpmnLintTest {

  static final Path CLI = Path.of("node_modules", "bpmnlint", "bin", "bpmnlint.js");

  record Result(int exitCode, String output) {}

  static Result lint(List<Path> diagrams) throws IOException, InterruptedException {
    assertThat(CLI).as("bpmnlint is not installed: run `npm ci` in the repository root").exists();
    List<String> command = new ArrayList<>(List.of("node", CLI.toString(), "--config", ".bpmnlintrc", "--max-warnings=0"));
    diagrams.forEach(d -> command.add(d.toString()));
    Path out = Files.createTempFile("bpmnlint", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
      builder.environment().put("NO_COLOR", "1");
      Process lint = builder.start();
      if (!lint.waitFor(60, TimeUnit.SECONDS)) {
        lint.destroyForcibly();
        throw new AssertionError("bpmnlint did not finish in 60 s:\n" + Files.readString(out, StandardCharsets.UTF_8));
      }
      return new Result(lint.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  @Test
  void everyDiagramPassesTheRecommendedRules() throws Exception {
    List<Path> diagrams;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      diagrams = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(diagrams).isNotEmpty();   // bpmnlint exits 0 when given no file, or a file that does not exist
    Result result = lint(diagrams);
    assertThat(result.exitCode()).as("bpmnlint (recommended) on processes/*.bpmn:\n%s", result.output()).isZero();
  }

  @Test
  void theLinterReallyRunsAndCatchesAFakeJoin() throws Exception {
    Result result = lint(List.of(Path.of("src/test/resources/bpmnlint/fake-join.bpmn")));
    assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
    assertThat(result.output()).contains("End", "fake-join");
  }
}
