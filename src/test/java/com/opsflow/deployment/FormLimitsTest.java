package com.opsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.kernel.TextField;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * A form stops people at the length the server accepts, and the server's limit is declared once, as a
 * {@link TextField} beside the process's variables. Every text a form lets people type is declared; every
 * declaration is in a form with the same limit.
 */
class FormLimitsTest {

  static final Path FORMS = Path.of("forms");

  record Typed(String form, String key, JsonNode maxLength) {}

  @Test
  void everyTextAFormTakesHasTheServersLimit() throws IOException {
    Map<String, TextField> declared = declaredTextFields();
    List<String> problems = new ArrayList<>();
    for (Typed typed : typedTexts()) {
      TextField field = declared.get(typed.key());
      if (field == null) {
        problems.add(typed.form() + " " + typed.key() + ": no TextField declares what the server accepts");
      } else if (typed.maxLength() == null || typed.maxLength().asInt() != field.maxLength()) {
        problems.add(typed.form() + " " + typed.key() + ": maxLength " + typed.maxLength() + ", the server takes "
            + field.maxLength());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyDeclaredTextIsInAForm() throws IOException {
    List<String> inForms = typedTexts().stream().map(Typed::key).toList();
    assertThat(declaredTextFields().keySet()).allSatisfy(key -> assertThat(inForms).contains(key));
  }

  @Test
  void theDeclarationsCoverTheFourProcessesAndTheReviewComment() {
    assertThat(declaredTextFields()).containsKeys("planTitle", "planItems.goal", "findings.description", "phases.name",
        "decisionComment", "ccRecipients", "assessment").hasSizeGreaterThan(40);
  }

  /** Every public static TextField of the application, by key; one key has one limit wherever it is declared. */
  static Map<String, TextField> declaredTextFields() {
    Map<String, TextField> byKey = new HashMap<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.opsflow")) {
      for (Field field : type.reflect().getDeclaredFields()) {
        if (field.getType() == TextField.class && Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())) {
          try {
            TextField text = (TextField) field.get(null);
            TextField before = byKey.putIfAbsent(text.key(), text);
            assertThat(before == null || before.maxLength() == text.maxLength())
                .as("%s is declared with two limits: %s and %s", text.key(), before, text).isTrue();
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return byKey;
  }

  /** The text fields and text areas people can type into, with their dynamic list's path in front. */
  static List<Typed> typedTexts() throws IOException {
    List<Typed> typed = new ArrayList<>();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path form : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        collect(new ObjectMapper().readTree(form.toFile()), "", form.getFileName().toString(), typed);
      }
    }
    return typed;
  }

  static void collect(JsonNode container, String prefix, String form, List<Typed> typed) {
    for (JsonNode component : container.path("components")) {
      String type = component.path("type").asText();
      boolean editable = !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false);
      if (editable && (type.equals("textfield") || type.equals("textarea"))) {
        typed.add(new Typed(form, prefix + component.path("key").asText(), component.path("validate").get("maxLength")));
      }
      String inner = type.equals("dynamiclist") ? prefix + component.path("path").asText() + "." : prefix;
      collect(component, inner, form, typed);
    }
  }
}
