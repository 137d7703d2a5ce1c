package io.plakar.legal.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The units of an XLIFF 1.2 file as a test (or a tool) sees them, read with the JDK's DOM
 * rather than the import's code: each unit's source and target as text (a code's content
 * inline, as a tool that flattens codes writes it) and as TMX 1.4 segment content (inline codes
 * as TMX {@code <ph>}, {@code <bpt>}, {@code <ept>}, {@code <it>}).
 */
final class XliffUnits {

    /**
     * One {@code <trans-unit>}.
     *
     * @param file the {@code original} of its {@code <file>}
     * @param target the target's text, or null without a {@code <target>}
     * @param targetTmx the target as TMX segment content, or null without a {@code <target>}
     * @param state the target's {@code state}, or null
     * @param approved the unit's {@code approved}, or null
     */
    record Unit(String file, String id, String source, String sourceTmx, String target, String targetTmx, String state, String approved) {

        /** Whether the source has a code ({@code <ph>} and the like). */
        boolean hasCodes() {
            return sourceTmx.indexOf('<') >= 0; // the text's own "<" is escaped
        }
    }

    private XliffUnits() {
    }

    /** The units of the file, by id, in the file's order (ids are unique in our exports). */
    static Map<String, Unit> read(Path xliff) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(xliff.toFile()).getDocumentElement();
            Map<String, Unit> units = new LinkedHashMap<>();
            for (Element file : children(root, "file")) {
                NodeList transUnits = file.getElementsByTagNameNS("*", "trans-unit");
                for (int i = 0; i < transUnits.getLength(); i++) {
                    Element unit = (Element) transUnits.item(i);
                    Element source = children(unit, "source").get(0);
                    List<Element> targets = children(unit, "target");
                    Element target = targets.isEmpty() ? null : targets.get(0);
                    Unit read = new Unit(file.getAttribute("original"), unit.getAttribute("id"), source.getTextContent(), tmx(source),
                            target == null ? null : target.getTextContent(), target == null ? null : tmx(target),
                            target == null || !target.hasAttribute("state") ? null : target.getAttribute("state"),
                            unit.hasAttribute("approved") ? unit.getAttribute("approved") : null);
                    if (units.put(read.id(), read) != null) {
                        throw new AssertionError(xliff + ": two units with the id " + read.id());
                    }
                }
            }
            return units;
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError(xliff + ": not readable XML: " + e.getMessage(), e);
        }
    }

    /**
     * The content of a {@code <source>} or {@code <target>} as TMX 1.4 segment content: text
     * escaped, XLIFF's {@code <ph id>} as TMX {@code <ph x>}, {@code <bpt id>}/{@code <ept id>} as
     * {@code <bpt i>}/{@code <ept i>}, {@code <it>} as {@code <it pos>}, each holding the native
     * code. OmegaT reads such a TMX (at its "level 2") into the same tag shortcuts as the XLIFF.
     */
    static String tmx(Element element) {
        StringBuilder tmx = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                tmx.append(escape(node.getNodeValue()));
            } else if (node instanceof Element code) {
                String id = code.getAttribute("id");
                String data = escape(code.getTextContent());
                switch (code.getLocalName()) {
                    case "ph" -> tmx.append("<ph x=\"").append(id).append("\">").append(data).append("</ph>");
                    case "bpt" -> tmx.append("<bpt i=\"").append(id).append("\">").append(data).append("</bpt>");
                    case "ept" -> tmx.append("<ept i=\"").append(id).append("\">").append(data).append("</ept>");
                    case "it" -> tmx.append("<it pos=\"").append("close".equals(code.getAttribute("pos")) ? "end" : "begin").append("\">")
                            .append(data).append("</it>");
                    default -> throw new AssertionError("an inline element the tests cannot write as TMX: <" + code.getLocalName()
                            + "> in unit " + ((Element) element.getParentNode()).getAttribute("id"));
                }
            }
        }
        return tmx.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
