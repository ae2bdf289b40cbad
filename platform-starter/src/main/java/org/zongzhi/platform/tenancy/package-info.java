/**
 * Tenancy as every service sees it: the center's division code and the caller taken from the verified
 * token. Plain Java, no framework types, so domain code may use it.
 */
package org.zongzhi.platform.tenancy;
