//! Render: turns the linked [`Site`](crate::model::Site) into HTML pages with the theme's Tera
//! templates. Nothing here touches the output folder. Its parts:
//!
//! - [`theme`]: which templates and static files the site uses (its theme over the default);
//! - [`values`]: the site as templates see it, converted once and shared;
//! - `templates`: Tera with the theme's templates, Candor's filters and the site as a global;
//! - `plan`: the page plan (which pages exist, at which path, made by which template with
//!   which variables), rendering in parallel, all or a selection, handed one by one to whoever
//!   asked (the writer, or a list in memory);
//! - [`markdown`] and [`charts`]: entry bodies to HTML, and the inline SVG charts;
//! - [`search`]: what the search finds on each entry's page, and the search page's filters;
//! - [`fingerprint`]: what only `candor serve` needs, the hashes by which it renders again only
//!   the pages a change affects.

pub mod charts;
pub mod fingerprint;
pub mod markdown;
mod paginate;
mod plan;
pub mod search;
mod templates;
pub mod theme;
pub mod values;

pub use plan::{LinkFrom, Links, PageInfo, PagePlan, RenderFailure, RenderedPage};
pub use templates::{Compiled, PAGE_TEMPLATES, error_chain, merge_extra, templates};
