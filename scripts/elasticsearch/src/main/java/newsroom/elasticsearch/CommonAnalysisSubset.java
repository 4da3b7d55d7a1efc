package newsroom.elasticsearch;

import java.io.IOException;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.tartarus.snowball.ext.NorwegianStemmer;

/**
 * The part of Elasticsearch's analysis-common module that our indexes use, under the same names and
 * settings. A distribution bundles that module, but it is not published to Maven Central, and
 * without it a node knows only the standard tokenizer and the lowercase and stop filters.
 *
 * <p>What uses what: Wagtail's Elasticsearch backend (modelsearch) defines the ngram and
 * edge_ngram tokenizers and filters and runs asciifolding; {@code search/analysis.py} adds the
 * lowercase tokenizer, the stemmer (english, possessive_english, norwegian) and
 * dictionary_decompounder, whose inline word_list may hold thousands of words (20,000 were tried:
 * the index is created in about a second). Everything is built on Lucene's analysis-common, as the
 * real module is. Not covered: other filters and tokenizers, the language analyzers ("norwegian",
 * "english"), and the ngram tokenizers' {@code token_chars}, which this class refuses rather than
 * ignores.
 */
public final class CommonAnalysisSubset extends Plugin implements AnalysisPlugin {

    /** Languages of the "stemmer" filter; Elasticsearch's default is english. */
    private static final Map<String, UnaryOperator<TokenStream>> STEMMERS = Map.of(
        "english", PorterStemFilter::new,
        "porter", PorterStemFilter::new,
        "light_english", KStemFilter::new,
        "minimal_english", EnglishMinimalStemFilter::new,
        "possessive_english", EnglishPossessiveFilter::new,
        "norwegian", stream -> new SnowballFilter(stream, new NorwegianStemmer()),
        "light_norwegian", NorwegianLightStemFilter::new,
        "minimal_norwegian", NorwegianMinimalStemFilter::new
    );

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "asciifolding", (index, env, name, settings) -> {
                boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
                return normalizingFilter(name, settings, stream -> new ASCIIFoldingFilter(stream, preserveOriginal));
            },
            "ngram", (index, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1);
                int max = settings.getAsInt("max_gram", 2);
                checkNgramDiff(index, name, min, max);
                boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
                return filter(name, settings, stream -> new NGramTokenFilter(stream, min, max, preserveOriginal));
            },
            "edge_ngram", (index, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1);
                int max = settings.getAsInt("max_gram", 2);
                boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
                return filter(name, settings, stream -> new EdgeNGramTokenFilter(stream, min, max, preserveOriginal));
            },
            "stemmer", (index, env, name, settings) -> {
                String language = settings.get("language", settings.get("name", "english"));
                UnaryOperator<TokenStream> stemmer = STEMMERS.get(language);
                if (stemmer == null) {
                    throw new IllegalArgumentException(
                        "stemmer [" + name + "]: language [" + language + "] is not one of " + new TreeSet<>(STEMMERS.keySet())
                    );
                }
                return filter(name, settings, stemmer);
            },
            "dictionary_decompounder", AnalysisPlugin.requiresAnalysisSettings((index, env, name, settings) -> {
                CharArraySet words = Analysis.getWordSet(env, settings, "word_list");
                if (words == null) {
                    throw new IllegalArgumentException("dictionary_decompounder [" + name + "] needs word_list or word_list_path");
                }
                int minWordSize = settings.getAsInt("min_word_size", DictionaryCompoundWordTokenFilter.DEFAULT_MIN_WORD_SIZE);
                int minSubword = settings.getAsInt("min_subword_size", DictionaryCompoundWordTokenFilter.DEFAULT_MIN_SUBWORD_SIZE);
                int maxSubword = settings.getAsInt("max_subword_size", DictionaryCompoundWordTokenFilter.DEFAULT_MAX_SUBWORD_SIZE);
                boolean onlyLongest = settings.getAsBoolean("only_longest_match", false);
                return filter(
                    name,
                    settings,
                    stream -> new DictionaryCompoundWordTokenFilter(stream, words, minWordSize, minSubword, maxSubword, onlyLongest)
                );
            })
        );
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
            "lowercase", (index, env, name, settings) -> tokenizer(index, settings, name, LetterLowerCaseTokenizer::new),
            "ngram", (index, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1);
                int max = settings.getAsInt("max_gram", 2);
                checkNgramDiff(index, name, min, max);
                refuseTokenChars(name, settings);
                return tokenizer(index, settings, name, () -> new NGramTokenizer(min, max));
            },
            "edge_ngram", (index, env, name, settings) -> {
                int min = settings.getAsInt("min_gram", 1);
                int max = settings.getAsInt("max_gram", 2);
                refuseTokenChars(name, settings);
                return tokenizer(index, settings, name, () -> new EdgeNGramTokenizer(min, max));
            }
        );
    }

    /**
     * Elasticsearch's "lowercase" tokenizer: runs of letters, lower-cased. Lucene 9 has no
     * LowerCaseTokenizer any more, and its CharTokenizer cannot lower-case on the way.
     */
    static final class LetterLowerCaseTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private char[] text = new char[0];
        private int position;

        @Override
        public void reset() throws IOException {
            super.reset();
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[4096];
            for (int read = input.read(buffer); read != -1; read = input.read(buffer)) {
                all.append(buffer, 0, read);
            }
            text = all.toString().toCharArray();
            position = 0;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            int start = skip(position, false);
            if (start == text.length) {
                return false;
            }
            int end = skip(start, true);
            position = end;
            term.copyBuffer(text, start, end - start);
            CharacterUtils.toLowerCase(term.buffer(), 0, term.length());
            offset.setOffset(correctOffset(start), correctOffset(end));
            return true;
        }

        /** The index of the first character from {@code from} that is (or is not) a letter. */
        private int skip(int from, boolean letters) {
            int at = from;
            while (at < text.length) {
                int c = Character.codePointAt(text, at);
                if (Character.isLetter(c) != letters) {
                    break;
                }
                at += Character.charCount(c);
            }
            return at;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(text.length);
            offset.setOffset(last, last);
        }
    }

    /** As in Elasticsearch, n-grams wider than {@code index.max_ngram_diff} (default 1) are refused. */
    private static void checkNgramDiff(IndexSettings index, String name, int min, int max) {
        if (max - min > index.getMaxNgramDiff()) {
            throw new IllegalArgumentException(
                "[" + name + "]: max_gram - min_gram is " + (max - min) + ", more than index.max_ngram_diff ["
                    + index.getMaxNgramDiff() + "]"
            );
        }
    }

    private static void refuseTokenChars(String name, Settings settings) {
        if (settings.hasValue("token_chars") || settings.hasValue("custom_token_chars")) {
            throw new IllegalArgumentException("[" + name + "]: token_chars is not supported by this development node");
        }
    }

    private static TokenFilterFactory filter(String name, Settings settings, Function<TokenStream, TokenStream> create) {
        return new AbstractTokenFilterFactory(name, settings) {
            @Override
            public TokenStream create(TokenStream stream) {
                return create.apply(stream);
            }
        };
    }

    /** A filter that also applies to the terms of prefix, wildcard and fuzzy queries, as asciifolding does. */
    private static TokenFilterFactory normalizingFilter(String name, Settings settings, Function<TokenStream, TokenStream> create) {
        class Normalizing extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
            Normalizing() {
                super(name, settings);
            }

            @Override
            public TokenStream create(TokenStream stream) {
                return create.apply(stream);
            }
        }
        return new Normalizing();
    }

    private static TokenizerFactory tokenizer(
        IndexSettings index,
        Settings settings,
        String name,
        Supplier<Tokenizer> create
    ) {
        return new AbstractTokenizerFactory(index, settings, name) {
            @Override
            public Tokenizer create() {
                return create.get();
            }
        };
    }
}
