package org.zongzhi.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Where tokens come from, for every kind of application (servlet, reactive gateway, command mode). */
@AutoConfiguration
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class PlatformSecurityAutoConfiguration {}
