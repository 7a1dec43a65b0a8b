package io.github.ikmsdk.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK.
 *
 * <p>The generated {@code Immutable*} classes and their builders are package-private: each value
 * type declares its own public {@code Builder} that extends the generated one, so that javadoc
 * documents the builder's setters, with their comments, as methods of that public builder.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = false,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    get = {"is*", "get*"},
    init = "*",
    allParameters = false,
    allowedClasspathAnnotations = {Override.class})
public @interface IkmStyle {}
