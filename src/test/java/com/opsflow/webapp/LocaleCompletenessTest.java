package com.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Chinese locale files against the English ones Camunda ships in the web jar: an upgrade that
 * brings new labels fails here instead of quietly showing English to employees.
 */
class LocaleCompletenessTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** Interpolations, HTML tags and entities: a translation keeps every one of them. */
  static final Pattern PLACEHOLDERS = Pattern.compile(
      "\\{\\{[^}]*\\}\\}|\\{[a-zA-Z_]+\\}|</?(?:a|b|i|br|strong|em|span|code|p|ul|li|div|small|kbd)\\b[^>]*>|&[a-z]+;|%s|%d");
  /** Values that are names or markers in every language. */
  static final Set<String> SAME_IN_CHINESE = Set.of("Camunda", "Optimize", "<null>", "<undefined>", "CSV", "JSON",
      "YYYY-MM-DDTHH:mm:ss");
  /** Hidden by user-styles.css: the vendor's end-of-life banner. */
  static final Set<String> HIDDEN = Set.of("BANNER_CE_EOL_TEXT");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishLabelHasAChineseOne(String app) throws IOException {
    JsonNode english = read(app, "en").path("labels");
    JsonNode chinese = read(app, "zh").path("labels");
    assertThat(english.size()).as("labels Camunda ships for " + app).isGreaterThan(100);

    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> label = it.next();
      String key = label.getKey();
      String en = label.getValue().asText();
      JsonNode zh = chinese.get(key);
      if (zh == null || !zh.isTextual()) {
        problems.add(key + " is missing");
      } else if (!HIDDEN.contains(key)) {
        if (en.matches("(?s).*[A-Za-z]{3,}.*") && !SAME_IN_CHINESE.contains(en.strip()) && !HAN.matcher(zh.asText()).find()) {
          problems.add(key + " is not in Chinese: " + zh.asText());
        }
        if (!placeholders(en).equals(placeholders(zh.asText()))) {
          problems.add(key + " changes placeholders: " + placeholders(en) + " → " + placeholders(zh.asText()));
        }
      }
    }
    assertThat(problems).as(app + " zh.json").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesReadTheChineseWay(String app) throws IOException {
    JsonNode dates = read(app, "zh").path("dateLocales");
    assertThat(dates.path("longDateFormat").path("LLL").asText()).isEqualTo("YYYY年M月D日 HH:mm");
    assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("星期一");
    assertThat(dates.path("months").get(2).asText()).isEqualTo("三月");
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDERS.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    found.sort(String::compareTo);
    return found;
  }

  private static JsonNode read(String app, String language) throws IOException {
    try (InputStream in = new ClassPathResource(LOCALES.formatted(app, language)).getInputStream()) {
      // Camunda's files start with a byte-order mark
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      return new ObjectMapper().readTree(json);
    }
  }
}
