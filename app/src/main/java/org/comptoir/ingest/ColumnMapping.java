package org.comptoir.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which Comptoir field each column of a CSV header holds: the {@code --map} of the CLI, proposed from the
 * header names and then edited on the import page. A mapping given for a column wins; otherwise a header named
 * like a field is that field (as the CSV reader does); otherwise a usual export name is proposed
 * ({@code Message} → text, {@code Date} → created_at, {@code J'aime} → likes…), each field at most once.
 */
public final class ColumnMapping {
    /** The fields a CSV file must have a column for. */
    public static final List<String> REQUIRED = List.of("id", "network", "text", "created_at");

    private static final Map<String, List<String>> USUAL_NAMES = usualNames();

    private final List<String> columns;
    private final List<String> fields;
    private final org.comptoir.ingest.format.csv.ExportShape shape;

    private ColumnMapping(List<String> columns, List<String> fields) {
        this.columns = List.copyOf(columns);
        this.fields = fields;
        this.shape = org.comptoir.ingest.format.csv.ExportShape.recognise(columns).orElse(null);
    }

    /**
     * @param given column → field mappings already chosen (may be empty): only these are used when
     *              {@code proposeOthers} is false, as the reader will do
     */
    public static ColumnMapping of(List<String> header, Map<String, String> given, boolean proposeOthers) {
        List<String> fields = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (String column : header) {
            String field = givenFor(given, column);
            fields.add(field);
            if (field != null) {
                taken.add(field);
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String natural = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (fields.get(i) == null && ImportOptions.CSV_FIELDS.contains(natural) && taken.add(natural)) {
                fields.set(i, natural);
            }
        }
        org.comptoir.ingest.format.csv.ExportShape.recognise(header).ifPresent(shape ->
                shape.proposals(header).forEach((column, field) -> {
                    int i = header.indexOf(column);
                    if (fields.get(i) == null && taken.add(field)) {
                        fields.set(i, field);
                    }
                }));
        if (proposeOthers) {
            for (int i = 0; i < header.size(); i++) {
                String usual = fields.get(i) == null ? usualField(header.get(i)) : null;
                if (usual != null && taken.add(usual)) {
                    fields.set(i, usual);
                }
            }
        }
        return new ColumnMapping(header, fields);
    }

    /** The field a usual export column name stands for, or null. */
    static String usualField(String column) {
        String key = key(column);
        for (Map.Entry<String, List<String>> entry : USUAL_NAMES.entrySet()) {
            if (entry.getValue().contains(key)) {
                return entry.getKey();
            }
        }
        return null;
    }

    public List<String> columns() {
        return columns;
    }

    /** The field of each column, null when the column is only kept in the post's raw record. */
    public List<String> fields() {
        return java.util.Collections.unmodifiableList(fields);
    }

    /**
     * Required fields no column holds, except what a known export shape supplies (its network, or the URL as id).
     */
    public List<String> missing() {
        return REQUIRED.stream().filter(field -> !fields.contains(field))
                .filter(field -> shape == null || !(field.equals("network") && shape.providesNetwork()
                        || field.equals("id") && shape.idFromUrl() && fields.contains("url")))
                .toList();
    }

    /** The known export the header is ({@code twarc2 CSV}), or null. */
    public String shapeLabel() {
        return shape == null ? null : shape.label();
    }

    /** The mapping as the CLI writes it ({@code Message=text}), one per mapped column whose name is not already the field. */
    public List<String> asMappings() {
        List<String> mappings = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String field = fields.get(i);
            if (field != null && !columns.get(i).strip().equalsIgnoreCase(field)) {
                mappings.add(columns.get(i) + "=" + field);
            }
        }
        return mappings;
    }

    /** The options an import needs to read the file with this mapping (each mapped column as a {@code --map}). */
    public ImportOptions options() {
        Map<String, String> columnMap = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (fields.get(i) != null) {
                columnMap.put(columns.get(i), fields.get(i));
            }
        }
        return new ImportOptions(columnMap);
    }

    private static String givenFor(Map<String, String> given, String column) {
        for (Map.Entry<String, String> entry : given.entrySet()) {
            if (entry.getKey().strip().equalsIgnoreCase(column.strip())) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, List<String>> usualNames() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("id", List.of("id", "identifiant", "ident", "identifier", "postid", "tweetid", "messageid", "statusid", "idpost", "idmessage"));
        names.put("network", List.of("network", "reseau", "reseausocial", "plateforme", "platform", "source", "canal", "channel", "media", "site"));
        names.put("text", List.of("text", "texte", "message", "contenu", "content", "body", "corps", "post", "tweet", "verbatim", "publication", "commentaire"));
        names.put("created_at", List.of("createdat", "date", "datetime", "dateheure", "publishedat", "published", "datedepublication",
                "datepublication", "timestamp", "created", "creele", "creation", "datedecreation"));
        names.put("url", List.of("url", "lien", "link", "permalink", "permalien", "adresse"));
        names.put("author_id", List.of("authorid", "auteurid", "idauteur", "userid", "idutilisateur"));
        names.put("author_handle", List.of("authorhandle", "handle", "pseudo", "username", "screenname", "compte", "account", "identifiantauteur"));
        names.put("author_name", List.of("authorname", "auteur", "author", "nomauteur", "nom", "name", "user", "utilisateur", "displayname"));
        names.put("author_followers", List.of("authorfollowers", "followers", "abonnes", "nombreabonnes", "nbabonnes", "followerscount"));
        names.put("title", List.of("title", "titre", "subject", "sujet", "objet"));
        names.put("lang", List.of("lang", "langue", "language", "langage", "locale"));
        names.put("in_reply_to", List.of("inreplyto", "replyto", "enreponsea", "reponsea", "parent", "parentid"));
        names.put("likes", List.of("likes", "like", "jaime", "favoris", "favourites", "favorites", "reactions", "mentionsjaime"));
        names.put("reposts", List.of("reposts", "repost", "retweets", "partages", "shares", "reblogs", "boosts"));
        names.put("replies", List.of("replies", "reponses", "commentaires", "comments", "nbreponses", "replycount"));
        return names;
    }
}
