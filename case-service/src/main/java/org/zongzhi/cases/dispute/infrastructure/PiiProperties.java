package org.zongzhi.cases.dispute.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that protect personal data at rest.
 *
 * @param key 32 random bytes, Base64: the master key from which the blind-index key and the citizen-secret
 *     key are derived, and the encryption key named {@code master}. Set {@code CASE_PII_KEY} in every real
 *     deployment; the default in application.yml is a demo key. It is never rotated by re-encryption (the
 *     blind indexes and secret hashes depend on it).
 * @param encryptionKeys further encryption keys, {@code id:base64} separated by commas
 *     ({@code CASE_PII_ENCRYPTION_KEYS}); an id is 1–32 letters, digits, dots or dashes. A key removed from
 *     here is retired: what it encrypted no longer opens, so re-encrypt first (README.md, "Personal data").
 * @param currentKey the id new personal data is encrypted with ({@code CASE_PII_CURRENT_KEY}; default
 *     {@code master})
 */
@ConfigurationProperties("cases.pii")
public record PiiProperties(String key, String encryptionKeys, String currentKey) {}
