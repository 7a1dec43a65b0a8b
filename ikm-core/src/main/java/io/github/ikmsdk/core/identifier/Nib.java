package io.github.ikmsdk.core.identifier;
/** stub. */
public final class Nib implements Comparable<Nib> { private final String v; private Nib(String v){this.v=v;}
/** s. @param s s @return n */ public static Nib parse(CharSequence s){return new Nib(s.toString());}
/** v. @return v */ public String value(){return v;}
@Override public int compareTo(Nib o){return v.compareTo(o.v);} }
