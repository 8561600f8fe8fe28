package org.comptoir.ingest.format.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.ingest.ImportOptions;
import org.comptoir.ingest.format.FormatReader;
import org.comptoir.ingest.format.Located;
import org.comptoir.ingest.format.RecordEmitter;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jdom2.located.LocatedJDOMFactory;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Reads an RSS 2.0, RSS 1.0 or Atom feed, parsed whole with ROME (at most {@link #MAX_FEED} bytes). The XML is
 * parsed first with a located, DOCTYPE-refusing JDOM parser so each item keeps its line, byte offset and raw
 * XML; a document that is not well-formed, or not a feed, is one rejection for the whole file.
 */
public final class FeedReader implements FormatReader {
    static final int MAX_FEED = 64 * 1024 * 1024;

    @Override
    public void read(InputStream in, ImportOptions options, RecordEmitter emitter) throws IOException {
        byte[] bytes = in.readNBytes(MAX_FEED + 1);
        Located file = new Located(1, 0, bytes);
        if (bytes.length > MAX_FEED) {
            emitter.reject(file, "feed is larger than " + MAX_FEED + " bytes; split it (only the start is kept)");
            return;
        }
        Document document;
        try {
            document = parse(bytes);
        } catch (JDOMParseException e) {
            emitter.reject(new Located(Math.max(0, e.getLineNumber()), 0, bytes), "feed is not well-formed XML at line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + rootCause(e));
            return;
        } catch (JDOMException | RuntimeException e) {
            emitter.reject(file, "feed is not well-formed XML: " + rootCause(e));
            return;
        } catch (IOException e) {
            // the bytes are in memory: an I/O error here is the document's (e.g. an unknown declared encoding)
            emitter.reject(file, "feed cannot be decoded: " + rootCause(e));
            return;
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document.clone());
        } catch (RuntimeException | FeedException e) {
            emitter.reject(file, "not an RSS or Atom feed (root element <" + document.getRootElement().getQualifiedName()
                    + ">): " + e.getMessage());
            return;
        }
        List<Element> items = itemElements(document.getRootElement());
        List<SyndEntry> entries = feed.getEntries();
        XmlPositions positions = new XmlPositions(bytes);
        XMLOutputter xml = new XMLOutputter(Format.getRawFormat());
        boolean aligned = items.size() == entries.size();
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Element item = aligned ? items.get(i) : null;
            String raw = item == null ? null : xml.outputString(item);
            Located where = item == null ? new Located(0, 0, null)
                    : positions.locate(item, raw.getBytes(StandardCharsets.UTF_8));
            emitter.emit(where, () -> FeedItemMapper.map(entry, item, feed, document.getRootElement(), raw));
        }
    }

    private static Document parse(byte[] bytes) throws JDOMException, IOException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setJDOMFactory(new LocatedJDOMFactory());
        builder.setExpandEntities(false);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return builder.build(new ByteArrayInputStream(bytes));
    }

    /** The item or entry elements in document order: children of the root (Atom, RSS 1.0) or of its channel. */
    private static List<Element> itemElements(Element root) {
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (isItem(child)) {
                items.add(child);
            } else if (child.getName().equals("channel")) {
                child.getChildren().stream().filter(FeedReader::isItem).forEach(items::add);
            }
        }
        return items;
    }

    private static boolean isItem(Element element) {
        return element.getName().equals("item") || element.getName().equals("entry");
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
