package com.opsflow.plan.adjustment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of 调整内容: an item of the plan modified (before → after), added or removed. */
@Embeddable
public class ItemChange {

  /** What happened to the item. */
  public enum Kind {
    MODIFIED("修改"),
    ADDED("新增"),
    REMOVED("删除");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;
  /** The item's number in the plan, from 1. */
  @Column(name = "item_no", nullable = false)
  private int itemNo;
  @Column(name = "before_text")
  private String before;
  @Column(name = "after_text")
  private String after;

  protected ItemChange() {
  }

  ItemChange(Kind kind, int itemNo, String before, String after) {
    this.kind = kind;
    this.itemNo = itemNo;
    this.before = before;
    this.after = after;
  }

  public Kind kind() {
    return kind;
  }

  public int itemNo() {
    return itemNo;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }
}
