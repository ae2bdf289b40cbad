package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void aCaseCodeBecomesAnSvgWithTheFinderPatterns() {
        String svg = QrCode.svg("ZZ:140404001001-20261202-0001");
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        // the top-left finder pattern starts at the border
        assertThat(svg).contains("M4,4h1v1h-1z");
        assertThat(svg).doesNotContain("<script");
    }
}
