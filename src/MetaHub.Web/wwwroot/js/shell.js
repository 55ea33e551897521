// Remembers the colour scheme per browser.
window.metahub = {
  getTheme: () => localStorage.getItem("mh.theme"),
  setTheme: (value) => localStorage.setItem("mh.theme", value),
};

// Sign-up page: the workspace address follows the team name (or the typed address) as the person
// types. The server derives the same slug and has the last word; without script the page shows it
// after each submit.
window.metahub.slugFrom = (name) => name
  .replace(/[çÇ]/g, "c").replace(/[ğĞ]/g, "g").replace(/[ıIİ]/g, "i")
  .replace(/[öÖ]/g, "o").replace(/[şŞ]/g, "s").replace(/[üÜ]/g, "u")
  .normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
  .split(/[\s-]+/).map((word) => word.replace(/[^a-z0-9]/g, "")).filter(Boolean).join("-")
  .slice(0, 40).replace(/-+$/, "");

document.addEventListener("input", (event) => {
  const form = event.target.closest && event.target.closest("form[data-slug-form]");
  const preview = form && form.querySelector("[data-slug-preview]");
  if (!preview) {
    return;
  }

  const typed = form.querySelector("#slug").value.trim().toLowerCase();
  const slug = typed || window.metahub.slugFrom(form.querySelector("#teamName").value) || preview.dataset.placeholder;
  preview.textContent = `${slug}.${preview.dataset.baseDomain}`;
});

// Platform pages render without a circuit: their dialogs open, fill in what the opener carries
// (data-from="keyId" takes the opener's data-key-id) and close with a little script, and a shown
// secret is copied with a button. A dialog closes when its form is sent; one the server answers
// open (its input was refused) is shown again as a modal.
document.addEventListener("click", (event) => {
  const target = event.target.closest ? event.target : null;
  const opener = target && target.closest("[data-dialog-open]");
  if (opener) {
    const dialog = document.getElementById(opener.dataset.dialogOpen);
    for (const field of dialog.querySelectorAll("[data-from]")) {
      const value = opener.dataset[field.dataset.from] ?? "";
      if (field.tagName === "INPUT") {
        field.value = value;
      } else {
        field.textContent = value;
      }
    }

    dialog.showModal();
    return;
  }

  const closer = target && target.closest("[data-dialog-close]");
  if (closer) {
    closer.closest("dialog").close();
    return;
  }

  const copier = target && target.closest("[data-copy]");
  if (copier) {
    navigator.clipboard.writeText(document.getElementById(copier.dataset.copy).textContent.trim())
      .then(() => { copier.textContent = copier.dataset.copied; });
  }
});

document.addEventListener("submit", (event) => {
  const dialog = event.target.closest && event.target.closest("dialog");
  if (dialog && dialog.open) {
    dialog.close();
  }
});

const reopenRefusedDialogs = () => {
  for (const dialog of document.querySelectorAll("dialog[open]")) {
    dialog.close();
    dialog.showModal();
  }
};
document.addEventListener("DOMContentLoaded", reopenRefusedDialogs);
window.Blazor?.addEventListener?.("enhancedload", reopenRefusedDialogs);

// Server-rendered forms that destroy something ask first: data-confirm holds the question and, when
// only some submissions destroy (a ticked box, a chosen option), data-confirm-when a selector that
// must match a checked input for the question to be asked.
document.addEventListener("submit", (event) => {
  const form = event.target;
  const question = form.dataset && form.dataset.confirm;
  if (!question) {
    return;
  }

  const when = form.dataset.confirmWhen;
  if ((!when || form.querySelector(when + ":checked")) && !window.confirm(question)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
