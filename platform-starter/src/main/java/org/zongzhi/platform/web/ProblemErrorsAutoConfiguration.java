package org.zongzhi.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Puts {@link ProblemErrorController} in place before Boot's error handling, which then steps aside (its
 * controller backs off when an {@code ErrorController} exists). Off with {@code platform.web.problem-errors=false}.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "platform.web.problem-errors", havingValue = "true", matchIfMissing = true)
@Import(ProblemErrorController.class)
public class ProblemErrorsAutoConfiguration {}
