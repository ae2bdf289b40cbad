package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RadarTest {

    private static final List<Radar.Spoke> FIVE = List.of(
            new Radar.Spoke("有牌子", 33.3),
            new Radar.Spoke("有场所", 100),
            new Radar.Spoke("有力量", 80),
            new Radar.Spoke("有机制", null),
            new Radar.Spoke("有效果", 120));

    @Test
    void drawsOneLabelledSpokePerDimension() {
        String svg = Radar.svg("各维度得分率", FIVE);
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<line ", -1)).hasSize(6);
        assertThat(svg).contains("有牌子 33.3%", "有场所 100%", "有机制 0%");
        assertThat(svg).contains("<title id=\"radar-title\">各维度得分率；有牌子 33.3%");
    }

    @Test
    void clampsPercentagesToTheChart() {
        String svg = Radar.svg("t", FIVE);
        assertThat(svg).contains("有效果 100%", "有效果<tspan").doesNotContain("120%");
    }

    @Test
    void theFirstSpokePointsUpAndAFullOneReachesTheRim() {
        double[] top = Radar.at(0, 5, 100);
        assertThat(top[0]).isCloseTo(230, org.assertj.core.data.Offset.offset(0.01));
        assertThat(top[1]).isCloseTo(60, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void escapesNames() {
        assertThat(Radar.svg(
                        "a<b", List.of(new Radar.Spoke("x&y", 1), new Radar.Spoke("<z>", 2), new Radar.Spoke("w", 3))))
                .contains("x&amp;y", "&lt;z&gt;", "a&lt;b")
                .doesNotContain("<z>");
    }

    @Test
    void fewerThanThreeDimensionsMakeNoPolygon() {
        assertThat(Radar.svg("t", List.of(new Radar.Spoke("a", 1)))).doesNotContain("polygon");
    }
}
