package uk.raa.children.domain.ssda903;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The result of reading a return: findings that belong to no child (file structure, rows without CHILD), and the
 * children, assembled one at a time as they are iterated (each child's rows are released once it is yielded, so
 * the iterator can be used only once).
 */
public final class Ssda903Import {

    private final List<Finding> fileFindings;
    private final Map<String, ChildRows> index;
    private final Ssda903JourneyDerivation derivation;
    private final int childCount;
    private boolean iterated;

    Ssda903Import(List<Finding> fileFindings, Map<String, ChildRows> index, Ssda903JourneyDerivation derivation) {
        this.fileFindings = List.copyOf(fileFindings);
        this.index = index;
        this.derivation = derivation;
        this.childCount = index.size();
    }

    public List<Finding> fileFindings() {
        return fileFindings;
    }

    public int childCount() {
        return childCount;
    }

    /** Children in the order they first appear in the sources. */
    public Iterator<ImportedChild> children() {
        if (iterated) {
            throw new IllegalStateException("the children of an import can be iterated once");
        }
        iterated = true;
        Iterator<Map.Entry<String, ChildRows>> entries = index.entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public ImportedChild next() {
                if (!entries.hasNext()) {
                    throw new NoSuchElementException();
                }
                Map.Entry<String, ChildRows> entry = entries.next();
                entries.remove();
                return derivation.derive(entry.getKey(), entry.getValue());
            }
        };
    }

    /** Convenience for small returns and tests: every child, in order. */
    public List<ImportedChild> allChildren() {
        List<ImportedChild> all = new ArrayList<>(childCount);
        children().forEachRemaining(all::add);
        return all;
    }
}
