/**
 * Open311 GeoReport v2 as the platform offers it: the API keys a center gives its outside channels, the
 * services (the public case categories with their attributes) and how a case's state reads to the public.
 * Plain Java.
 */
package org.zongzhi.cases.open311.domain;
