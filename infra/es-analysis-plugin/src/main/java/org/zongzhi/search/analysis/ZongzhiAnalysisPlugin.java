package org.zongzhi.search.analysis;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.lucene.analysis.miscellaneous.DisableGraphAttribute;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers the Chinese analysis components under the names the official {@code analysis-smartcn} plugin and the
 * {@code analysis-common} module use. Each name accepts the same settings as its official counterpart.
 */
public class ZongzhiAnalysisPlugin extends Plugin implements AnalysisPlugin {

    public static final String SMARTCN = "smartcn";
    public static final String SMARTCN_TOKENIZER = "smartcn_tokenizer";
    public static final String SMARTCN_STOP = "smartcn_stop";
    public static final String CJK = "cjk";
    public static final String CJK_BIGRAM = "cjk_bigram";
    public static final String CJK_WIDTH = "cjk_width";

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.ofEntries(
                // analysis-smartcn's analyzer takes no settings.
                entry(SMARTCN, (indexSettings, env, name, settings) -> {
                    return new FixedAnalyzerProvider<>(name, ChineseAnalysis.smartcn());
                }),
                // analysis-common's cjk analyzer: stopwords, stopwords_path, stopwords_case.
                entry(CJK, (indexSettings, env, name, settings) -> {
                    CharArraySet words = Analysis.parseStopWords(env, settings, ChineseAnalysis.cjkStopWords());
                    return new FixedAnalyzerProvider<>(name, ChineseAnalysis.cjk(words));
                }));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
                SMARTCN_TOKENIZER,
                (indexSettings, env, name, settings) ->
                        TokenizerFactory.newFactory(name, ChineseAnalysis::smartcnTokenizer));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.ofEntries(
                entry(SMARTCN_STOP, (indexSettings, env, name, settings) -> {
                    // Same settings as the core stop filter: stopwords(_path), ignore_case, remove_trailing.
                    CharArraySet words = Analysis.parseStopWords(
                            env,
                            settings,
                            ChineseAnalysis.smartcnStopWords(),
                            settings.getAsBoolean("ignore_case", false));
                    boolean removeTrailing = settings.getAsBoolean("remove_trailing", true);
                    return new FilterFactory(name, in -> ChineseAnalysis.stop(in, words, removeTrailing), false);
                }),
                entry(
                        CJK_WIDTH,
                        (indexSettings, env, name, settings) ->
                                new FilterFactory(name, ChineseAnalysis::cjkWidth, true)),
                entry(CJK_BIGRAM, (indexSettings, env, name, settings) -> {
                    int flags = ChineseAnalysis.bigramFlags(settings.getAsList("ignored_scripts", List.of()));
                    boolean unigrams = settings.getAsBoolean("output_unigrams", false);
                    return new FilterFactory(
                            name,
                            in -> {
                                TokenStream out = ChineseAnalysis.cjkBigram(in, flags, unigrams);
                                if (unigrams) {
                                    // Unigrams and bigrams overlap without forming a sane graph: tell query
                                    // parsing not to expand it into paths.
                                    out.addAttribute(DisableGraphAttribute.class);
                                }
                                return out;
                            },
                            false);
                }));
    }

    /** Hands out one analyzer instance, built once per index. */
    static final class FixedAnalyzerProvider<T extends Analyzer> extends AbstractIndexAnalyzerProvider<T> {
        private final T analyzer;

        FixedAnalyzerProvider(String name, T analyzer) {
            super(name);
            this.analyzer = analyzer;
        }

        @Override
        public T get() {
            return analyzer;
        }
    }

    /** A token filter defined by a function; {@code normalizing} ones also apply to normalizers and keyword queries. */
    record FilterFactory(String name, UnaryOperator<TokenStream> filter, boolean normalizing)
            implements TokenFilterFactory {

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return filter.apply(tokenStream);
        }

        @Override
        public TokenStream normalize(TokenStream tokenStream) {
            return normalizing ? filter.apply(tokenStream) : tokenStream;
        }
    }
}
