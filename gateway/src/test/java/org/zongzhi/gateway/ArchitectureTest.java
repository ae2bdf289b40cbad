package org.zongzhi.gateway;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.zongzhi.testsupport.ArchitectureRules;

@AnalyzeClasses(packages = "org.zongzhi.gateway")
class ArchitectureTest {

    @ArchTest
    // the gateway's domain package holds the access decision: the rule must find it, not pass on nothing
    static final ArchRule domainIsPlainJava = ArchitectureRules.DOMAIN_IS_PLAIN_JAVA.allowEmptyShould(false);
}
