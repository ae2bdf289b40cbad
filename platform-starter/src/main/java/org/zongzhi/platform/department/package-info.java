/**
 * The platform's one department catalogue (入驻部门与社会力量): the codes, Chinese names and kinds of the
 * departments and social forces that centers host (tenant-service's profiles) and give work to
 * (case-service's tasks and vocabulary). Defined here, in code, because both services validate against it on
 * every request and neither may depend on the other at run time for it; a change is a release of this
 * library plus the services' migrations of stored codes. Plain Java, no Spring.
 */
package org.zongzhi.platform.department;
