//! What the build embeds of every language (see `build.rs`): the interface catalogues
//! (`CATALOGUES`, from `locales/<lang>/*.ftl`) and the content packs (`PACKS`, from
//! `content/<lang>/*.json`), each as `(code, [(file name, text)])`, English first.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
