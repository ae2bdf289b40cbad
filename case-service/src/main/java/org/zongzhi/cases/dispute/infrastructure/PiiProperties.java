package org.zongzhi.cases.dispute.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that protects personal data at rest.
 *
 * @param key 32 random bytes, Base64: the master key from which the encryption key for national ID
 *     numbers and phones, the blind-index key and the citizen-secret key are derived. Set
 *     {@code CASE_PII_KEY} in every real deployment; the default in application.yml is a demo key.
 */
@ConfigurationProperties("cases.pii")
public record PiiProperties(String key) {}
