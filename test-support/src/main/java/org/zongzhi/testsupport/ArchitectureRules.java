package org.zongzhi.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** Architecture rules every service checks with ArchUnit. */
public final class ArchitectureRules {

    private ArchitectureRules() {}

    /**
     * Domain packages hold the rules of the business (state machines, deadlines, risk, codes) as plain
     * Java: no Spring, no JPA or Hibernate, no web or JSON types.
     */
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.persistence..",
                    "org.hibernate..",
                    "jakarta.servlet..",
                    "tools.jackson..",
                    "com.fasterxml.jackson..",
                    "io.lettuce..",
                    "co.elastic..")
            .as("domain packages are plain Java (no Spring, JPA, web or store types)")
            .allowEmptyShould(true);
}
