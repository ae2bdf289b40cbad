package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightTest {

    @Test
    void keepsTheSearchEmphasis() {
        assertThat(Highlight.toSafeHtml("邻里<em>装修</em>噪音纠纷")).isEqualTo("邻里<em>装修</em>噪音纠纷");
    }

    @Test
    void escapesEverythingElse() {
        assertThat(Highlight.toSafeHtml("<script>alert('x')</script> & <em>工资</em> \"a\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <em>工资</em> &quot;a&quot;");
    }

    @Test
    void doesNotLetOtherTagsOrAttributesThrough() {
        assertThat(Highlight.toSafeHtml("<em onmouseover=alert(1)>x</em><EM>y</EM><img src=x onerror=alert(1)>"))
                .doesNotContain("<img", "<em ", "<EM>")
                .isEqualTo("&lt;em onmouseover=alert(1)&gt;x&lt;EM&gt;y&lt;/EM&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void balancesTheEmphasis() {
        assertThat(Highlight.toSafeHtml("<em>a")).isEqualTo("<em>a</em>");
        assertThat(Highlight.toSafeHtml("a</em>b")).isEqualTo("ab");
        assertThat(Highlight.toSafeHtml("<em><em>a</em></em>")).isEqualTo("<em>a</em>");
    }

    @Test
    void nullIsEmptyAndPlainTextIsEscaped() {
        assertThat(Highlight.toSafeHtml(null)).isEmpty();
        assertThat(Highlight.escape("<b>标题</b>")).isEqualTo("&lt;b&gt;标题&lt;/b&gt;");
        assertThat(Highlight.escape(null)).isEmpty();
    }
}
