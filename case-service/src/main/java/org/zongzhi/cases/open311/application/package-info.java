/** Open311's use cases: a center's admins manage its keys; outside channels submit and follow requests. */
package org.zongzhi.cases.open311.application;
