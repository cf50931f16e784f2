/**
 * The Studio's own layer over the NL Design System components: large targets (at least 44 by 44 pixels), a
 * visible focus ring, readable line length. Colours come from the theme's tokens, so a municipality's theme
 * class restyles everything.
 */
export const studioCss = `
body { margin: 0; font-family: var(--utrecht-document-font-family, system-ui, sans-serif); font-size: 1.125rem; line-height: 1.6;
  color: var(--utrecht-document-color, #1a1a1a); background: var(--utrecht-document-background-color, #fff); }
.studio-page { max-width: 72rem; margin: 0 auto; padding: 0 1rem 3rem; }
.studio-header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; padding: 1rem 0; }
.studio-home { font-size: 1.25rem; }
.studio-user { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
.studio-nav__list { display: flex; flex-direction: row; flex-wrap: wrap; gap: 0.5rem 1.5rem; list-style: none; padding: 0; margin: 0 0 1rem; }
.studio-nav__link, .studio-action, .studio-card a { display: inline-flex; align-items: center; gap: 0.5rem; min-height: 44px; padding: 0.25rem 0; }
.studio-main .utrecht-paragraph, .studio-main .utrecht-unordered-list, .studio-main .utrecht-table { font-size: 1.125rem; }
.studio-input.utrecht-textbox, .studio-input.utrecht-textarea, .studio-input.utrecht-select { max-inline-size: 100%; }
.studio-icon { width: 1.5rem; height: 1.5rem; fill: currentColor; flex: none; }
.studio-button { display: inline-flex; align-items: center; gap: 0.5rem; min-height: 48px; min-width: 44px; font-size: 1.125rem; }
.studio-buttons { display: flex; gap: 1rem; flex-wrap: wrap; margin-top: 1rem; }
.studio-form { max-width: 48rem; margin-bottom: 2rem; }
.studio-field { margin-bottom: 1.25rem; display: flex; flex-direction: column; gap: 0.25rem; }
.studio-input { font-size: 1.125rem; min-height: 48px; box-sizing: border-box; width: 100%; }
.studio-check, .studio-radio { flex-direction: row; align-items: center; gap: 0.75rem; min-height: 44px; display: flex; }
.studio-check input, .studio-radio input { width: 1.5rem; height: 1.5rem; }
.studio-filter { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0 1rem; align-items: end; max-width: none; }
.studio-cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
.studio-card { border: 2px solid var(--utrecht-document-color, #1a1a1a); border-radius: 0.5rem; padding: 1rem; }
.studio-table { width: 100%; }
.studio-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.5rem; }
.studio-facts dt { font-weight: bold; }
.studio-facts dd { margin: 0; }
.studio-inline { display: inline; }
.studio-invite { word-break: break-all; font-size: 1rem; }
.studio-skip { position: absolute; left: -999px; }
.studio-skip:focus { position: static; display: inline-block; padding: 0.5rem; }
:focus-visible { outline: 3px solid currentColor; outline-offset: 3px; }
.studio-error, .studio-notice, .studio-decision { margin: 1rem 0; padding: 1rem; border: 2px solid currentColor; border-radius: 0.5rem; }
.studio-fieldset { border: none; padding: 0; margin: 0 0 1rem; }
`;

/** Progressive enhancement only: without it every form still works. Reads a chosen feedback file into the text box. */
export const studioJs = `
document.querySelectorAll('.studio-js-only').forEach((element) => { element.hidden = false; });
document.querySelectorAll('input[type=file][data-fill]').forEach((input) => {
  input.addEventListener('change', async () => {
    const file = input.files && input.files[0];
    if (file) document.getElementById(input.dataset.fill).value = await file.text();
  });
});
`;
