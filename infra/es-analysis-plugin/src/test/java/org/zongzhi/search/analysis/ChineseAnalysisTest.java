package org.zongzhi.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Exercises the analysis chains with Lucene alone, no Elasticsearch node. */
class ChineseAnalysisTest {

    @Test
    void smartcnSegmentsWordsOfAWageArrearsComplaint() throws IOException {
        try (Analyzer analyzer = ChineseAnalysis.smartcn()) {
            List<String> tokens = analyze(analyzer, "农民工工资被拖欠，老板欠薪三个月。");

            assertThat(tokens).contains("农民工", "工资", "拖欠", "老板").doesNotContain(",", "，", "。");
        }
    }

    @Test
    void smartcnStemsAndLowercasesLatinWords() throws IOException {
        try (Analyzer analyzer = ChineseAnalysis.smartcn()) {
            assertThat(analyze(analyzer, "Complaints 投诉")).containsExactly("complaint", "投诉");
        }
    }

    @Test
    void smartcnTokenizerKeepsPunctuationThatTheStopFilterThenDrops() throws IOException {
        // The segmenter normalises full-width punctuation to a plain ",".
        Tokenizer raw = ChineseAnalysis.smartcnTokenizer();
        assertThat(drain(raw, "物业纠纷，调解")).containsExactly("物业", "纠纷", ",", "调解");

        Tokenizer tokenizer = ChineseAnalysis.smartcnTokenizer();
        TokenStream stopped = ChineseAnalysis.stop(tokenizer, ChineseAnalysis.smartcnStopWords(), true);
        assertThat(drain(tokenizer, stopped, "物业纠纷，调解")).containsExactly("物业", "纠纷", "调解");
    }

    @Test
    void cjkEmitsOverlappingBigramsAndKeepsAlphanumerics() throws IOException {
        try (Analyzer analyzer = ChineseAnalysis.cjk(ChineseAnalysis.cjkStopWords())) {
            assertThat(analyze(analyzer, "物业纠纷2025ZZ")).containsExactly("物业", "业纠", "纠纷", "2025zz");
            assertThat(analyze(analyzer, "拖欠薪资")).containsExactly("拖欠", "欠薪", "薪资");
        }
    }

    @Test
    void cjkFoldsFullWidthLatinAndDropsEnglishStopWords() throws IOException {
        try (Analyzer analyzer = ChineseAnalysis.analyzer("cjk")) {
            assertThat(analyze(analyzer, "ＡＢＣ the 工资")).containsExactly("abc", "工资");
        }
    }

    @Test
    void cjkBigramCanKeepUnigramsAndIgnoreScripts() throws IOException {
        Tokenizer tokenizer = new org.apache.lucene.analysis.standard.StandardTokenizer();
        TokenStream bigrams = ChineseAnalysis.cjkBigram(tokenizer, ChineseAnalysis.bigramFlags(List.of()), true);
        assertThat(drain(tokenizer, bigrams, "欠薪")).containsExactlyInAnyOrder("欠", "欠薪", "薪");

        Tokenizer hanIgnored = new org.apache.lucene.analysis.standard.StandardTokenizer();
        TokenStream none = ChineseAnalysis.cjkBigram(hanIgnored, ChineseAnalysis.bigramFlags(List.of("han")), false);
        assertThat(drain(hanIgnored, none, "欠薪")).containsExactly("欠", "薪");

        assertThatThrownBy(() -> ChineseAnalysis.bigramFlags(List.of("latin")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latin");
    }

    @Test
    void cjkWidthFoldsFullWidthAscii() throws IOException {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        assertThat(drain(tokenizer, ChineseAnalysis.cjkWidth(tokenizer), "２０２５ＺＺ"))
                .containsExactly("2025ZZ");
    }

    @Test
    void pluginRegistersTheOfficialNames() {
        ZongzhiAnalysisPlugin plugin = new ZongzhiAnalysisPlugin();

        assertThat(plugin.getAnalyzers().keySet()).isEqualTo(Set.of("smartcn", "cjk"));
        assertThat(plugin.getTokenizers().keySet()).isEqualTo(Set.of("smartcn_tokenizer"));
        assertThat(plugin.getTokenFilters().keySet()).isEqualTo(Set.of("smartcn_stop", "cjk_bigram", "cjk_width"));
    }

    private static List<String> analyze(Analyzer analyzer, String text) throws IOException {
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            return collect(stream);
        }
    }

    private static List<String> drain(Tokenizer tokenizer, String text) throws IOException {
        return drain(tokenizer, tokenizer, text);
    }

    private static List<String> drain(Tokenizer tokenizer, TokenStream stream, String text) throws IOException {
        tokenizer.setReader(new StringReader(text));
        try (stream) {
            return collect(stream);
        }
    }

    private static List<String> collect(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        List<String> tokens = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            tokens.add(term.toString());
        }
        stream.end();
        return tokens;
    }
}
