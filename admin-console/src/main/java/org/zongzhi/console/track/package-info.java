/**
 * 一码可查: the citizen's page, without an account. A citizen types the case code and the secret from the
 * receipt (or opens the receipt's QR link, which fills in the code) and sees the status, the steps so far
 * with their dates and centers, and the notes the center made public. The answer is case-service's
 * {@code POST /api/cases/lookup}, which holds nothing personal or internal; the page adds the Chinese
 * sentences for mistyped codes, wrong secrets and the rate limit.
 */
package org.zongzhi.console.track;
