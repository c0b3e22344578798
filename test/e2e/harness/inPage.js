// Runs inside the workbench page (added as an init script): reads the active editor the way a person sees it,
// from what is drawn on screen (squiggle boxes over the rendered characters), not from VS Code's internals.
window.connectIamE2e = (() => {
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const activeEditor = () => [...document.querySelectorAll('.part.editor .monaco-editor')].find(visible);
  const textOf = (line) => line.textContent.replace(/\u00a0/g, ' ');
  const renderedLines = (editor) =>
    [...editor.querySelectorAll('.view-lines .view-line')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);

  /** Every character of a rendered line with its box, in order. */
  function characters(line) {
    const out = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        out.push({ char: node.data[i] === '\u00a0' ? ' ' : node.data[i], box: range.getBoundingClientRect(), node, index: i });
      }
    }
    return out;
  }

  /** The squiggles of the active editor: severity, the characters underneath, and the line they sit on. */
  function squiggles() {
    const editor = activeEditor();
    if (!editor) return [];
    const lines = renderedLines(editor);
    return [...editor.querySelectorAll('[class*="squiggly-"]')].filter(visible).map((squiggle) => {
      const box = squiggle.getBoundingClientRect();
      const middle = box.top + box.height / 2;
      const lineNumber = lines.findIndex((line) => {
        const lineBox = line.getBoundingClientRect();
        return middle >= lineBox.top && middle < lineBox.bottom;
      });
      const line = lines[lineNumber];
      const text = line
        ? characters(line)
            .filter(({ box: c }) => c.left + c.width / 2 > box.left && c.left + c.width / 2 < box.right)
            .map(({ char }) => char)
            .join('')
        : '';
      const severity = (/squiggly-(error|warning|info|hint)/.exec(squiggle.className) || [])[1] || squiggle.className;
      return { severity, text, line: line ? textOf(line) : '', x: box.left + box.width / 2, y: middle };
    });
  }

  /** The screen box of the first occurrence of needle in the active editor's rendered text. */
  function textBox(needle) {
    const editor = activeEditor();
    if (!editor) return null;
    for (const line of renderedLines(editor)) {
      const chars = characters(line);
      const at = chars.map(({ char }) => char).join('').indexOf(needle);
      if (at >= 0) {
        const first = chars[at].box;
        const last = chars[at + needle.length - 1].box;
        return { left: first.left, right: last.right, top: first.top, bottom: first.bottom, x: (first.left + last.right) / 2, y: (first.top + first.bottom) / 2 };
      }
    }
    return null;
  }

  const editorLines = () => {
    const editor = activeEditor();
    return editor ? renderedLines(editor).map(textOf) : [];
  };

  /** The Problems panel's rows: their accessible name and the text shown (message, source, code, position). */
  const problemRows = () =>
    [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((row) => ({ label: row.getAttribute('aria-label') || '', text: row.innerText }));

  return { squiggles, textBox, editorLines, problemRows };
})();
