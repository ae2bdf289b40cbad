/**
 * Open311 GeoReport v2 at {@code /open311/v2/} (public: the API key is the credential) and the key
 * management of a center's admins at {@code /api/cases/open311-keys}.
 */
package org.zongzhi.cases.open311.web;
