package org.zongzhi.tenant;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.zongzhi.testsupport.ArchitectureRules;

@AnalyzeClasses(packages = "org.zongzhi.tenant")
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.DOMAIN_IS_PLAIN_JAVA;
}
