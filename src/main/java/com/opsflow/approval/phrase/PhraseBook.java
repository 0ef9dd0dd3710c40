package com.opsflow.approval.phrase;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Refusal;

/**
 * 常用意见: the company's phrases ({@code opsflow.approval.phrases.company}) and each reviewer's own, which they save
 * and delete themselves. Nobody sees another's phrases.
 */
@Service
@ConfigurationProperties("opsflow.approval.phrases")
public class PhraseBook {

  /** As long as a phrase may be; an 审批意见 takes up to 2,000 characters, a phrase is a start to it. */
  static final int MAX_LENGTH = 200;
  static final int MAX_PER_PERSON = 50;

  private final ReviewPhrases phrases;
  private final CompanyClock clock;
  private List<String> company = new ArrayList<>();

  PhraseBook(ReviewPhrases phrases, CompanyClock clock) {
    this.phrases = phrases;
    this.clock = clock;
  }

  public List<String> getCompany() {
    return company;
  }

  public void setCompany(List<String> company) {
    this.company = company;
  }

  record Phrase(long id, String text) {
  }

  record Phrases(List<String> company, List<Phrase> mine) {
  }

  @Transactional(readOnly = true)
  Phrases of(String user) {
    return new Phrases(company, phrases.findByOwnerOrderById(user).stream().map(p -> new Phrase(p.id(), p.text())).toList());
  }

  @Transactional
  Phrase save(String user, Object value) {
    if (!(value instanceof String typed) || typed.isBlank()) {
      throw Refusal.badRequest("请填写要保存的常用意见。");
    }
    String text = typed.strip();
    if (text.length() > MAX_LENGTH) {
      throw Refusal.badRequest("常用意见不能超过 " + MAX_LENGTH + " 个字（当前 " + text.length() + " 个字）。");
    }
    if (company.contains(text) || phrases.existsByOwnerAndText(user, text)) {
      throw Refusal.badRequest("这条常用意见已经有了。");
    }
    if (phrases.countByOwner(user) >= MAX_PER_PERSON) {
      throw Refusal.badRequest("常用意见最多保存 " + MAX_PER_PERSON + " 条，请先删除不用的。");
    }
    ReviewPhrase saved = phrases.save(new ReviewPhrase(user, text, clock.now()));
    return new Phrase(saved.id(), saved.text());
  }

  @Transactional
  void delete(String user, long id) {
    ReviewPhrase phrase = phrases.findByIdAndOwner(id, user)
        .orElseThrow(() -> Refusal.notFound("没有这条常用意见。"));
    phrases.delete(phrase);
  }
}
