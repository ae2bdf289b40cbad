/**
 * Token rules shared by the gateway and the services (zero trust: every hop validates the JWT again),
 * and the servlet security defaults every service gets from this starter.
 */
package org.zongzhi.platform.security;
