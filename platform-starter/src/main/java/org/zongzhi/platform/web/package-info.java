/** Web defaults shared by the servlet services: RFC 9457 problems, request ids, whoami. */
package org.zongzhi.platform.web;
