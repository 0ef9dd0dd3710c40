package com.opsflow.organisation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.ibm.icu.text.Transliterator;

/**
 * The pinyin of a Chinese name, as people type it to find someone: 王芳 → "wangfang" and its initials "wf".
 * ICU's Han-Latin reads each character in its most common reading, which for names is what people type.
 */
@Component
public class Pinyin {

  /** A name's full pinyin and its initials, lower case, without tones or spaces. */
  public record Spelling(String full, String initials) {
  }

  private final Transliterator hanToLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
  // names are few and repeat; ICU's transliterator is not meant to be shared between threads unguarded
  private final Map<String, Spelling> spellings = new ConcurrentHashMap<>();

  public Spelling of(String name) {
    return spellings.computeIfAbsent(name, this::spell);
  }

  private Spelling spell(String name) {
    String latin;
    synchronized (hanToLatin) {
      latin = hanToLatin.transliterate(name);
    }
    String[] syllables = latin.trim().split("[^a-z0-9]+");
    StringBuilder full = new StringBuilder();
    StringBuilder initials = new StringBuilder();
    for (String syllable : syllables) {
      if (!syllable.isEmpty()) {
        full.append(syllable);
        initials.append(syllable.charAt(0));
      }
    }
    return new Spelling(full.toString(), initials.toString());
  }
}
