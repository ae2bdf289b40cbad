package org.zongzhi.search.analysis;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.search.suggest.analyzing.SuggestStopFilter;

/**
 * The Lucene side of the plugin: builds the analyzers, tokenizers and filters, free of any Elasticsearch type so it
 * can be exercised with Lucene alone.
 */
public final class ChineseAnalysis {

    /** Scripts that {@code cjk_bigram} can be told to leave alone, keyed by their setting value. */
    private static final Map<String, Integer> BIGRAM_SCRIPTS = Map.of(
            "han", CJKBigramFilter.HAN,
            "hiragana", CJKBigramFilter.HIRAGANA,
            "katakana", CJKBigramFilter.KATAKANA,
            "hangul", CJKBigramFilter.HANGUL);

    private static final int ALL_BIGRAM_SCRIPTS =
            BIGRAM_SCRIPTS.values().stream().reduce(0, (a, b) -> a | b);

    private ChineseAnalysis() {}

    /** Sentence splitting, HMM word segmentation, Porter stemming of Latin words, punctuation stop words. */
    public static SmartChineseAnalyzer smartcn() {
        return new SmartChineseAnalyzer(smartcnStopWords());
    }

    /** The tokenizer inside {@link #smartcn()}: one token per segmented word, no filtering. */
    public static Tokenizer smartcnTokenizer() {
        return new HMMChineseTokenizer();
    }

    /** The stop set {@link #smartcn()} uses (punctuation and whitespace symbols). */
    public static CharArraySet smartcnStopWords() {
        return SmartChineseAnalyzer.getDefaultStopSet();
    }

    /**
     * A stop filter over the given words; {@code smartcn_stop} defaults them to {@link #smartcnStopWords()}.
     *
     * @param removeTrailing {@code false} keeps a stop word that ends the input (for search-as-you-type)
     */
    public static TokenStream stop(TokenStream input, CharArraySet stopWords, boolean removeTrailing) {
        return removeTrailing ? new StopFilter(input, stopWords) : new SuggestStopFilter(input, stopWords);
    }

    /** Standard tokenization, width folding, lower-casing, CJK bigrams, then the given stop words. */
    public static CJKAnalyzer cjk(CharArraySet stopWords) {
        return new CJKAnalyzer(stopWords);
    }

    /** The English-leaning stop set {@link CJKAnalyzer} uses by default. */
    public static CharArraySet cjkStopWords() {
        return CJKAnalyzer.getDefaultStopSet();
    }

    /** Folds full-width ASCII to half-width and half-width katakana to full-width. */
    public static TokenStream cjkWidth(TokenStream input) {
        return new CJKWidthFilter(input);
    }

    /**
     * Flags for {@link #cjkBigram}: every CJK script except the ignored ones.
     *
     * @param ignoredScripts values of {@code ignored_scripts}: {@code han}, {@code hiragana}, {@code katakana},
     *     {@code hangul}
     * @throws IllegalArgumentException for any other value
     */
    public static int bigramFlags(Collection<String> ignoredScripts) {
        int flags = ALL_BIGRAM_SCRIPTS;
        for (String script : ignoredScripts) {
            Integer flag = BIGRAM_SCRIPTS.get(script.toLowerCase(Locale.ROOT));
            if (flag == null) {
                throw new IllegalArgumentException("unknown script [" + script
                        + "] in [ignored_scripts], expected one of " + new TreeSet<>(BIGRAM_SCRIPTS.keySet()));
            }
            flags &= ~flag;
        }
        return flags;
    }

    /** Joins runs of CJK characters into overlapping bigrams, optionally keeping the single characters as well. */
    public static TokenStream cjkBigram(TokenStream input, int flags, boolean outputUnigrams) {
        return new CJKBigramFilter(input, flags, outputUnigrams);
    }

    /** Convenience for tests and callers that want a plain Lucene analyzer by its Elasticsearch name. */
    public static Analyzer analyzer(String name) {
        return switch (name) {
            case "smartcn" -> smartcn();
            case "cjk" -> cjk(cjkStopWords());
            default -> throw new IllegalArgumentException("no analyzer named [" + name + "]");
        };
    }
}
