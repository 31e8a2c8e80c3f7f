package org.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.Basic;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;

import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.eclipse.persistence.internal.weaving.PersistenceWeavedFetchGroups;
import org.eclipse.persistence.internal.weaving.PersistenceWeavedLazy;
import org.junit.jupiter.api.Test;

/**
 * The build weaves the persistent classes (EclipseLink's StaticWeave in helpdesk-ejb/pom.xml) and the
 * server uses them as woven ({@code eclipselink.weaving=static}): without it a LAZY relation or a
 * {@code @Basic(fetch = LAZY)} column would be read at once. StaticWeave only logs a class it could not
 * weave, so this test looks at every class the build produced, wherever its package.
 */
class EntitiesWovenTest {

    @Test
    void everyPersistentClassIsWoven() throws Exception {
        List<Class<?>> persistent = persistentClasses();
        assertTrue(persistent.stream().anyMatch(type -> type.isAnnotationPresent(Entity.class)),
                "no @Entity class found in " + classesDirectory());
        for (Class<?> type : persistent) {
            assertTrue(PersistenceWeaved.class.isAssignableFrom(type), type.getName() + " is not woven");
        }
    }

    @Test
    void lazyRelationsAndColumnsAreWovenLazy() throws Exception {
        int lazyRelations = 0;
        int lazyColumns = 0;
        for (Class<?> type : persistentClasses()) {
            for (Field field : type.getDeclaredFields()) {
                if (isLazyRelation(field)) {
                    lazyRelations++;
                    assertTrue(PersistenceWeavedLazy.class.isAssignableFrom(type),
                            type.getName() + "." + field.getName() + " is LAZY but the class is not woven for it");
                }
                Basic basic = field.getAnnotation(Basic.class);
                if (basic != null && basic.fetch() == FetchType.LAZY) {
                    lazyColumns++;
                    assertTrue(PersistenceWeavedFetchGroups.class.isAssignableFrom(type),
                            type.getName() + "." + field.getName() + " is LAZY but the class is not woven for fetch groups");
                }
            }
        }
        // the attachments' and the inbound mails' bytes; a ticket's merge target, an outbox message's article
        assertTrue(lazyColumns >= 2, "lazy columns found: " + lazyColumns);
        assertTrue(lazyRelations >= 2, "lazy relations found: " + lazyRelations);
    }

    private static boolean isLazyRelation(Field field) {
        ManyToOne manyToOne = field.getAnnotation(ManyToOne.class);
        OneToOne oneToOne = field.getAnnotation(OneToOne.class);
        return manyToOne != null && manyToOne.fetch() == FetchType.LAZY
                || oneToOne != null && oneToOne.fetch() == FetchType.LAZY;
    }

    /** The @Entity, @MappedSuperclass and @Embeddable classes in the module's compiled classes. */
    private static List<Class<?>> persistentClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = classesDirectory();
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString())
                    .filter(name -> !name.equals("module-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(root.getFileSystem().getSeparator(), "."))
                    .sorted().toList();
        }
        ClassLoader loader = EntitiesWovenTest.class.getClassLoader();
        List<Class<?>> persistent = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, loader);
            if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(MappedSuperclass.class)
                    || type.isAnnotationPresent(Embeddable.class)) {
                persistent.add(type);
            }
        }
        return persistent;
    }

    /** The directory the module's classes are in: the one holding its META-INF/persistence.xml. */
    private static Path classesDirectory() throws URISyntaxException {
        URL persistenceXml = EntitiesWovenTest.class.getClassLoader().getResource("META-INF/persistence.xml");
        assertNotNull(persistenceXml, "META-INF/persistence.xml not on the class path");
        assertEquals("file", persistenceXml.getProtocol(), "expected the compiled classes as a directory: " + persistenceXml);
        return Path.of(persistenceXml.toURI()).getParent().getParent();
    }
}
