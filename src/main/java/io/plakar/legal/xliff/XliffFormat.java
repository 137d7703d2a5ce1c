package io.plakar.legal.xliff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.Note;
import net.sf.okapi.common.annotation.NoteAnnotation;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.Property;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.filters.xliff.XLIFFFilter;

/**
 * XLIFF 1.2 written and read with the Okapi Framework: its {@link XLIFFWriter} writes the units
 * (inline codes as {@code <ph>} holding the text they stand for), its {@link XLIFFFilter} reads
 * them back. The file's frame (the {@code <file>} elements, their languages and the header's
 * record of the French version) is read first with StAX, which also names the line of any
 * markup that is not well-formed.
 */
final class XliffFormat {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";
    private static final String VERSION_NOTE = "original_version: ";
    private static final String LASTMOD_NOTE = "original_lastmod: ";
    private static final String LANGUAGE_NOTE = "language: ";

    /** What an XLIFF file holds. */
    /**
     * @param language the language the file was exported for, as its header records it (null in
     *     files exported before it was recorded)
     */
    record Xliff(String sourceLanguage, String targetLanguage, String language, String originalVersion, String originalLastmod,
            Map<String, Part> parts) {
    }

    /** A file the import refuses, with the message to print (naming the file, and the line or unit). */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private XliffFormat() {
    }

    static byte[] write(String tag, String originalVersion, String originalLastmod, List<Part> parts) {
        XLIFFWriter writer = new XLIFFWriter();
        writer.getParameters().setPlaceholderMode(false);
        writer.getParameters().setIncludeCodeAttrs(false);
        writer.getParameters().setIncludeIts(false);
        writer.getParameters().setCopySource(false);
        writer.getParameters().setCreateEmptyTarget(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.setOutput(out);
        LocaleId target = LocaleId.fromString(tag);
        writer.create(null, null, LocaleId.fromString("fr"), target, null, null, null);
        for (Part part : parts) {
            String header = "<note>" + LANGUAGE_NOTE + tag + "</note>" + (part.original().equals(Part.DOCUMENT)
                    ? "<note>" + VERSION_NOTE + originalVersion + "</note>"
                            + (originalLastmod == null ? "" : "<note>" + LASTMOD_NOTE + originalLastmod + "</note>")
                    : "");
            writer.writeStartFile(part.original(), part.original().endsWith(".md") ? "x-markdown" : "javapropertyresourcebundle", null, header);
            for (Unit unit : part.units()) {
                TextUnit textUnit = new TextUnit(unit.id());
                textUnit.setSourceContent(fragment(unit.source()));
                NoteAnnotation notes = new NoteAnnotation();
                Note note = new Note(unit.note());
                note.setFrom("developer"); // tools that sort notes by author keep it (translate-toolkit drops a note without one)
                notes.add(note);
                textUnit.setAnnotation(notes);
                if (unit.target() != null) {
                    textUnit.setTargetContent(target, fragment(unit.target()));
                    textUnit.getTarget(target).setProperty(new Property(Property.STATE, unit.state()));
                    if (unit.approved()) {
                        textUnit.getTarget(target).setProperty(new Property(Property.APPROVED, "yes"));
                    }
                }
                writer.writeTextUnit(textUnit);
            }
            writer.writeEndFile();
        }
        writer.close();
        return out.toByteArray();
    }

    /**
     * The units of a file whose {@link #frame} was read and accepted (so that the languages
     * Okapi is given are valid).
     */
    static Xliff read(byte[] bytes, String file, Xliff frame) throws Refused {
        LocaleId target = LocaleId.fromString(frame.targetLanguage());
        Map<String, Part> parts = new LinkedHashMap<>();
        try (XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(new RawDocument(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.name(), LocaleId.fromString("fr"), target));
            String original = null;
            List<Unit> units = null;
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isStartSubDocument()) {
                    original = event.getStartSubDocument().getName();
                    units = new ArrayList<>();
                    parts.put(original, new Part(original, units));
                } else if (event.isTextUnit() && units != null) {
                    ITextUnit textUnit = event.getTextUnit();
                    List<Inline.Piece> source = pieces(textUnit.getSource().getUnSegmentedContentCopy(), Map.of());
                    TextContainer container = textUnit.getTarget(target);
                    List<Inline.Piece> translation = null;
                    String state = null;
                    boolean approved = false;
                    if (container != null && !container.isEmpty()) {
                        Map<Integer, String> sourceCodes = new HashMap<>();
                        textUnit.getSource().getUnSegmentedContentCopy().getCodes().forEach(code -> sourceCodes.put(code.getId(), code.getData()));
                        translation = pieces(container.getUnSegmentedContentCopy(), sourceCodes);
                        Property property = container.getProperty("state");
                        state = property == null ? null : property.getValue();
                        Property approval = container.getProperty(Property.APPROVED);
                        approved = approval != null && "yes".equals(approval.getValue());
                    }
                    units.add(new Unit(textUnit.getId(), null, source, translation, state, approved));
                }
            }
        } catch (OkapiException e) {
            throw new Refused(file + ": not a readable XLIFF 1.2 file: " + e.getMessage());
        }
        parts.replaceAll((original, part) -> new Part(original, List.copyOf(part.units())));
        return new Xliff(frame.sourceLanguage(), frame.targetLanguage(), frame.language(), frame.originalVersion(), frame.originalLastmod(), parts);
    }

    /** A disk error in one line: the path and what went wrong, as a translator can act on it. */
    static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The frame of the file, read with StAX: its languages, its files' names (with no units
     * yet) and the header's notes.
     */
    static Xliff frame(byte[] bytes, String file) throws Refused {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String sourceLanguage = null;
        String targetLanguage = null;
        String version = null;
        String lastmod = null;
        String language = null;
        Map<String, Part> files = new LinkedHashMap<>();
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            boolean inHeader = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    // XLIFF has no DTD; one here could only declare entities (local files, remote URLs)
                    throw new Refused(file + ":" + reader.getLocation().getLineNumber()
                            + ": malformed XLIFF: a <!DOCTYPE> is not allowed in an XLIFF file");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    int line = reader.getLocation().getLineNumber();
                    if (name.equals("xliff") && (!NAMESPACE.equals(reader.getNamespaceURI()) || !"1.2".equals(reader.getAttributeValue(null, "version")))) {
                        throw new Refused(file + ":" + line + ": not an XLIFF 1.2 file (expected <xliff version=\"1.2\" xmlns=\"" + NAMESPACE + "\">)");
                    }
                    if (name.equals("file")) {
                        String original = reader.getAttributeValue(null, "original");
                        String source = reader.getAttributeValue(null, "source-language");
                        String target = reader.getAttributeValue(null, "target-language");
                        if (target == null) {
                            throw new Refused(file + ":" + line + ": the <file> has no target-language");
                        }
                        if (targetLanguage != null && !targetLanguage.equalsIgnoreCase(target)) {
                            throw new Refused(file + ":" + line + ": the <file> is in '" + target + "', the one before in '" + targetLanguage + "': one language per XLIFF file");
                        }
                        sourceLanguage = source;
                        targetLanguage = target;
                        files.put(original, new Part(original, List.of()));
                    } else if (name.equals("header")) {
                        inHeader = true;
                    } else if (name.equals("note") && inHeader) {
                        String note = reader.getElementText().strip();
                        if (note.startsWith(VERSION_NOTE)) {
                            version = note.substring(VERSION_NOTE.length()).strip();
                        } else if (note.startsWith(LASTMOD_NOTE)) {
                            lastmod = note.substring(LASTMOD_NOTE.length()).strip();
                        } else if (note.startsWith(LANGUAGE_NOTE)) {
                            language = note.substring(LANGUAGE_NOTE.length()).strip();
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("header")) {
                    inHeader = false;
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            // The JDK's parser puts the place before the message, Woodstox after it: keep the message.
            String message = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message: ", "")
                    .replaceFirst("(?s)\\s*at \\[row,col.*$", "").strip();
            throw new Refused(file + (line > 0 ? ":" + line : "") + ": malformed XLIFF: " + message);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was written; the reader holds no file
                }
            }
        }
        if (files.isEmpty()) {
            throw new Refused(file + ": not an XLIFF file: no <file> element");
        }
        return new Xliff(sourceLanguage, targetLanguage, language, version, lastmod, files);
    }

    private static TextFragment fragment(List<Inline.Piece> pieces) {
        TextFragment fragment = new TextFragment();
        for (Inline.Piece piece : pieces) {
            if (piece instanceof Inline.Code code) {
                fragment.append(TextFragment.TagType.PLACEHOLDER, "x-protected", code.data());
            } else if (piece instanceof Inline.Text text) {
                fragment.append(text.text());
            }
        }
        return fragment;
    }

    /**
     * The pieces of a fragment. A code a tool wrote back as an empty {@code <x/>} or
     * {@code <ph/>} stands for the source's code of the same id.
     */
    private static List<Inline.Piece> pieces(TextFragment fragment, Map<Integer, String> sourceCodes) {
        List<Inline.Piece> pieces = new ArrayList<>();
        String coded = fragment.getCodedText();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (TextFragment.isMarker(c)) {
                Code code = fragment.getCode(TextFragment.toIndex(coded.charAt(++i)));
                if (text.length() > 0) {
                    pieces.add(new Inline.Text(text.toString()));
                    text.setLength(0);
                }
                String data = code.getData();
                pieces.add(new Inline.Code(data == null || data.isEmpty() ? sourceCodes.getOrDefault(code.getId(), "") : data));
            } else {
                text.append(c);
            }
        }
        if (text.length() > 0) {
            pieces.add(new Inline.Text(text.toString()));
        }
        return List.copyOf(pieces);
    }
}
