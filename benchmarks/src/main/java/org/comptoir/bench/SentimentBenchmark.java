package org.comptoir.bench;

import java.util.concurrent.TimeUnit;
import org.comptoir.enrich.sentiment.SentimentClassifier;
import org.comptoir.enrich.sentiment.SentimentResult;
import org.comptoir.enrich.text.SocialTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Single-thread throughput of sentiment classification (tokenise, featurise, score, explain) on
 * tweet-length French and English posts, and of the tokenizer alone.
 * <pre>java -jar … or: java -cp CP org.openjdk.jmh.Main SentimentBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class SentimentBenchmark {

    static final String[][] POSTS = {
        {"fr", "Encore une panne de réseau depuis ce matin 😡 je ne recommande plus @Operateur, service client injoignable !!!"},
        {"fr", "J'adore la nouvelle appli, super rapide et facile à utiliser 😍 merci l'équipe #TopService"},
        {"fr", "Quelqu'un sait à quelle heure ouvre le magasin de la rue de Rivoli demain ? http"},
        {"fr", "Livraison arrivée avec 3 jours de retard et le colis abîmé… franchement pas terrible"},
        {"fr", "Troooop bien le concert hier soir !!! Merci @user pour les places ^^"},
        {"fr", "Le gouvernement annonce un nouveau plan pour la rénovation énergétique des logements"},
        {"fr", "Merci pour rien @Banque, ça fait deux semaines que j'attends une réponse #PireServiceClient"},
        {"fr", "c'est pas mal du tout, la batterie tient deux jours, je suis agréablement surprise :)"},
        {"en", "Worst customer service ever, been on hold for 2 hours and nobody answers. Never again!"},
        {"en", "Just got my new phone and I absolutely love it, the camera is amazing 📸❤️"},
        {"en", "Apple will announce the new iPhone on September 12th according to reports"},
        {"en", "I don't think the update fixed anything, app still crashes every time I open it :("},
        {"en", "Can't wait for the weekend!!! Going to see Taylor Swift with my best friends 🎉"},
        {"en", "The meeting has been moved to Thursday at 3pm, please update your calendars"},
        {"en", "not bad at all, the food was good but the service was a bit slow"},
        {"en", "@user thanks for the quick reply, issue solved in 5 minutes 👍🏽"},
    };

    private SentimentClassifier classifier;
    private SocialTokenizer tokenizer;
    private int next;

    @Setup
    public void setUp() {
        classifier = SentimentClassifier.loadDefault();
        tokenizer = new SocialTokenizer();
    }

    @Benchmark
    public SentimentResult classify() {
        String[] post = POSTS[next++ & (POSTS.length - 1)];
        return classifier.classify(post[1], post[0]);
    }

    @Benchmark
    public Object tokenize() {
        String[] post = POSTS[next++ & (POSTS.length - 1)];
        return tokenizer.tokenize(post[1], post[0]);
    }
}
