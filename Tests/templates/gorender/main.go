// Renders a Hugo-style page with Go's own html/template: the base template (baseof.html, with
// its {{ block }}s) parsed together with a page template that {{ define }}s them, executed with
// a small stub context. Used by Tests/templates/render_check.py --engine go.
//
// Usage: go run main.go BASE PAGE > page.html
package main

import (
	"html/template"
	"os"
	"path/filepath"
)

func main() {
	base, page := os.Args[1], os.Args[2]
	identity := func(s string) string { return s }
	funcs := template.FuncMap{"relURL": identity, "absURL": identity, "urlize": identity, "safeHTML": identity}
	t, err := template.New(filepath.Base(base)).Funcs(funcs).ParseFiles(base, page)
	if err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(2)
	}
	data := map[string]interface{}{
		"Title":   "A page",
		"Content": template.HTML("<p>content</p>"),
		"Site":    map[string]interface{}{"Title": "Site", "LanguageCode": "en"},
	}
	if err := t.ExecuteTemplate(os.Stdout, filepath.Base(base), data); err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(2)
	}
}
