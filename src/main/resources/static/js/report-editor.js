// The report page's section editors (issue 8): a contenteditable text per section with a small toolbar,
// live figures inserted as chips, the text copied into the form's hidden field when it is saved (htmx or a
// plain post), and a warning before leaving with unsaved changes. Plain ES2017, no build step.
(function () {
    "use strict";

    // the last caret position in each editor: choosing a figure in the select takes the focus away
    var ranges = new WeakMap();

    // an event's target may be the document or a text node, which have no closest()
    function closest(node, selector) {
        var element = node && node.nodeType === 3 ? node.parentNode : node;
        return element && element.closest ? element.closest(selector) : null;
    }

    function editorOf(element) {
        var form = closest(element, "form.section-editor");
        return form ? form.querySelector(".editor") : null;
    }

    // stored text loses contenteditable="false" on its live fields (the cleaner keeps only data-field)
    function lockFields(root) {
        var fields = root.querySelectorAll(".editor span[data-field]");
        for (var i = 0; i < fields.length; i++) {
            fields[i].setAttribute("contenteditable", "false");
        }
    }

    function rememberRange() {
        var selection = window.getSelection();
        if (!selection || selection.rangeCount === 0) {
            return;
        }
        var range = selection.getRangeAt(0);
        var editor = closest(range.commonAncestorContainer, ".editor");
        if (editor) {
            ranges.set(editor, range.cloneRange());
        }
    }

    function markDirty(editor) {
        var form = closest(editor, "form.section-editor");
        if (form) {
            form.setAttribute("data-dirty", "true");
            var saved = form.querySelector(".saved");
            if (saved) {
                saved.textContent = "";
            }
        }
    }

    // a caret inside the editor: the remembered one, else the end of the text
    function caretIn(editor) {
        editor.focus();
        var range = ranges.get(editor);
        if (!range || !editor.contains(range.commonAncestorContainer)) {
            range = document.createRange();
            range.selectNodeContents(editor);
            range.collapse(false);
        }
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return range;
    }

    function insertFigure(editor, key, text) {
        var range = caretIn(editor);
        var field = document.createElement("span");
        field.setAttribute("data-field", key);
        field.setAttribute("contenteditable", "false");
        field.textContent = text;
        range.deleteContents();
        range.insertNode(field);
        // the caret goes after the field, past a space, so typing goes on outside the chip
        var space = document.createTextNode("\u00a0");
        field.parentNode.insertBefore(space, field.nextSibling);
        range = document.createRange();
        range.setStartAfter(space);
        range.collapse(true);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        ranges.set(editor, range.cloneRange());
        markDirty(editor);
    }

    // the figure list is written once in the page (<template id="figure-options">) and copied into each select
    function fillFigureSelects(root) {
        var source = document.getElementById("figure-options");
        if (!source || !root.querySelectorAll) {
            return;
        }
        var selects = root.querySelectorAll("select.figure-select");
        for (var i = 0; i < selects.length; i++) {
            if (selects[i].options.length <= 1) {
                selects[i].appendChild(document.importNode(source.content, true));
            }
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        fillFigureSelects(document);
        try {
            document.execCommand("defaultParagraphSeparator", false, "p");
        } catch (e) {
            // an old browser without the command makes <div>s, which the server keeps as text
        }
        lockFields(document);
    });
    document.addEventListener("htmx:afterSwap", function (event) {
        fillFigureSelects(event.target.parentNode || document);
        lockFields(event.target.parentNode || document);
    });
    document.addEventListener("selectionchange", rememberRange);
    document.addEventListener("keyup", rememberRange);
    document.addEventListener("mouseup", rememberRange);

    document.addEventListener("input", function (event) {
        if (event.target.classList && event.target.classList.contains("editor")) {
            markDirty(event.target);
        }
    });

    // toolbar buttons: mousedown would move the focus (and the selection) out of the editor
    document.addEventListener("mousedown", function (event) {
        if (closest(event.target, ".editor-toolbar button")) {
            event.preventDefault();
        }
    });
    document.addEventListener("click", function (event) {
        var button = closest(event.target, ".editor-toolbar button[data-command]");
        if (!button) {
            return;
        }
        var editor = editorOf(button);
        caretIn(editor);
        var command = button.getAttribute("data-command");
        var value = button.getAttribute("data-value");
        document.execCommand(command, false, value ? "<" + value + ">" : null);
        markDirty(editor);
    });

    document.addEventListener("change", function (event) {
        var select = event.target;
        if (!select.classList || !select.classList.contains("figure-select") || !select.value) {
            return;
        }
        var option = select.options[select.selectedIndex];
        insertFigure(editorOf(select), select.value, option.getAttribute("data-text"));
        select.value = "";
    });

    // the text into the hidden field before the form is sent (capture: before htmx reads the form)
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (form.classList && form.classList.contains("section-editor")) {
            form.querySelector("input[name=html]").value = form.querySelector(".editor").innerHTML;
            form.removeAttribute("data-dirty");
        }
    }, true);
    document.addEventListener("htmx:configRequest", function (event) {
        var form = event.detail.elt;
        if (form.classList && form.classList.contains("section-editor")) {
            event.detail.parameters.html = form.querySelector(".editor").innerHTML;
        }
    });

    // "Thay bằng số liệu hệ thống" swaps the section's editor for the saved text: unsaved edits there would go
    document.addEventListener("htmx:confirm", function (event) {
        var form = event.detail.elt;
        if (!form.classList || !form.classList.contains("fix-figure")) {
            return;
        }
        var section = document.getElementById("section-" + form.getAttribute("data-section").replace(/\./g, "-"));
        if (section && section.querySelector("form.section-editor[data-dirty]")
                && !window.confirm(form.getAttribute("data-unsaved"))) {
            event.preventDefault();
        }
    });

    window.addEventListener("beforeunload", function (event) {
        if (document.querySelector("form.section-editor[data-dirty]")) {
            event.preventDefault();
            event.returnValue = "";
            return "";
        }
    });
})();
