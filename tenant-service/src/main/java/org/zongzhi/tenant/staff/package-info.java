/**
 * A center's staff: its accounts and their roles, read, added and disabled by the center's own admins
 * through the identity provider's Admin API (the same adapter onboarding uses). Each change is a center
 * history event. Admin accounts stay with the level that onboarded the center.
 */
package org.zongzhi.tenant.staff;
