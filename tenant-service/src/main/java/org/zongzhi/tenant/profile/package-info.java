/**
 * A center's declared profile — premises, staff, resident departments, written mechanisms — which the
 * standard (五有/五化) is checked against later. Edited by the center's own admin, readable by the center
 * and every center above it, kept as revisions (who changed what, when).
 */
package org.zongzhi.tenant.profile;
