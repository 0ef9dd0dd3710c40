package com.opsflow.approval.signer;

/** What a row of the 加签 record stands for. */
enum SignerRole {
  /** An added person who gives an opinion. */
  SIGNER,
  /** The last person added after the reviewer: their decision is the step's own. */
  FINAL,
  /** The reviewer's own agreement when adding people after themselves. */
  ADDER
}
