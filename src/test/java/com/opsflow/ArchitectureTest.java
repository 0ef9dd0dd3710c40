package com.opsflow;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The base every regulation process stands on, as rules a change cannot break unnoticed: features do not
 * depend on each other in circles, the shared kernel depends on no feature, business records know nothing of
 * Camunda, and each delegate or listener a diagram names lives with the process it serves (or in a part
 * every process shares).
 */
class ArchitectureTest {

  /** What every process may use: review steps, e-mails, the kernel. */
  static final Set<String> SHARED = Set.of("com.opsflow.approval", "com.opsflow.approval.deadline",
      "com.opsflow.notification", "com.opsflow.kernel");
  private static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
  private static final Pattern BEAN = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("com.opsflow");

  @Test
  void noPackageDependsOnAnotherInACircle() {
    slices().matching("com.opsflow.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theKernelDependsOnNoFeature() {
    noClasses().that().resideInAPackage("com.opsflow.kernel..")
        .should().dependOnClassesThat(resideInAPackage("com.opsflow..").and(not(resideInAPackage("com.opsflow.kernel.."))))
        .check(CLASSES);
  }

  @Test
  void businessRecordsImportNoCamundaClass() {
    noClasses().that().areAnnotatedWith(Entity.class)
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .check(CLASSES);
  }

  @Test
  void everyDelegateADiagramNamesLivesWithItsProcessOrInASharedPart() {
    Map<String, String> processPackages = processPackages();
    Map<String, JavaClass> beans = beans();
    List<String> misplaced = new ArrayList<>();
    for (Path diagram : diagrams()) {
      String xml = read(diagram);
      Matcher id = PROCESS_ID.matcher(xml);
      assertThat(id.find()).as("process id of " + diagram).isTrue();
      String feature = processPackages.get(id.group(1));
      assertThat(feature).as("the constants class (…Process with a KEY) of " + id.group(1)).isNotNull();
      Matcher bean = BEAN.matcher(xml);
      while (bean.find()) {
        JavaClass type = beans.get(bean.group(1));
        assertThat(type).as("bean ${" + bean.group(1) + "} of " + diagram).isNotNull();
        if (!type.getPackageName().equals(feature) && !SHARED.contains(type.getPackageName())) {
          misplaced.add(bean.group(1) + " (" + type.getName() + ") serves " + id.group(1) + " of " + feature);
        }
      }
    }
    assertThat(misplaced).isEmpty();
  }

  @Test
  void everyBeanADiagramNamesIsAClassNamedAfterIt() {
    Map<String, JavaClass> beans = beans();
    List<String> misnamed = new ArrayList<>();
    for (Path diagram : diagrams()) {
      Matcher bean = BEAN.matcher(read(diagram));
      while (bean.find()) {
        JavaClass type = beans.get(bean.group(1));
        String capitalised = Character.toUpperCase(bean.group(1).charAt(0)) + bean.group(1).substring(1);
        String expected = capitalised + (type.isAssignableTo(org.camunda.bpm.engine.delegate.JavaDelegate.class) ? "Delegate"
            : type.isAssignableTo(org.camunda.bpm.engine.delegate.ExecutionListener.class)
                || type.isAssignableTo(org.camunda.bpm.engine.delegate.TaskListener.class) ? "Listener" : "");
        if (!type.getSimpleName().equals(expected) || !type.isTopLevelClass()) {
          misnamed.add("${" + bean.group(1) + "} is " + type.getName() + ", expected a top-level class " + expected);
        }
      }
    }
    assertThat(misnamed.stream().distinct().toList()).isEmpty();
  }

  /** bean name → its class, as Spring names a {@code @Component} */
  private static Map<String, JavaClass> beans() {
    Map<String, JavaClass> beans = new HashMap<>();
    CLASSES.stream().filter(type -> type.isAnnotatedWith(Component.class)).forEach(type -> {
      String name = type.getAnnotationOfType(Component.class).value();
      beans.put(name.isEmpty() ? Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1) : name, type);
    });
    return beans;
  }

  /** process id → the package of its constants class: every …Process class's static String fields named KEY or …_KEY. */
  private static Map<String, String> processPackages() {
    Map<String, String> packages = new HashMap<>();
    CLASSES.stream().filter(type -> type.getSimpleName().endsWith("Process") && type.isTopLevelClass()).forEach(type -> {
      for (Field field : type.reflect().getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
            && (field.getName().equals("KEY") || field.getName().endsWith("_KEY"))) {
          try {
            field.setAccessible(true);
            packages.put((String) field.get(null), type.getPackageName());
          } catch (IllegalAccessException unreadable) {
            throw new IllegalStateException(unreadable);
          }
        }
      }
    });
    return packages;
  }

  private static List<Path> diagrams() {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
