package com.opsflow.approval.phrase;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CurrentUser;

/** {@code /api/phrases}: the caller's 常用意见 and the company's. */
@RestController
class PhraseController {

  private final PhraseBook book;
  private final IdentityService identityService;

  PhraseController(PhraseBook book, IdentityService identityService) {
    this.book = book;
    this.identityService = identityService;
  }

  @GetMapping("/api/phrases")
  PhraseBook.Phrases mine() {
    return book.of(CurrentUser.of(identityService));
  }

  @PostMapping("/api/phrases")
  ResponseEntity<PhraseBook.Phrase> save(@RequestBody Map<String, Object> body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(book.save(CurrentUser.of(identityService), body.get("text")));
  }

  @DeleteMapping("/api/phrases/{id}")
  ResponseEntity<Void> delete(@PathVariable long id) {
    book.delete(CurrentUser.of(identityService), id);
    return ResponseEntity.noContent().build();
  }
}
