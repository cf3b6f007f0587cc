# Renders every view of a Rails app's app/views with Rails' own ActionView (Debian's
# ruby-actionview) inside its layout — the controller's own (layouts/admin for admin/*), else
# layouts/application — and writes each page as HTML.
#
# usage: ruby render.rb APP_VIEWS_DIR OUT_DIR
require "action_view"
require "fileutils"

views, out = ARGV
FileUtils.mkdir_p(out)

class FixtureView < ActionView::Base
  # What a controller would give the views.
  def protect_against_forgery? = false
  def content_security_policy_nonce = "nonce-fixture"
end

Dir.glob("**/*.html.erb", base: views).sort.each do |file|
  next if file.start_with?("layouts/") || File.basename(file).start_with?("_")
  # A lookup context (and so a template cache) per view: each view class compiles its own
  # templates, and two views share a layout.
  lookup = ActionView::LookupContext.new([views])
  controller = File.dirname(file)
  layout = File.exist?(File.join(views, "layouts", "#{controller}.html.erb")) ? "layouts/#{controller}" : "layouts/application"
  view = FixtureView.with_empty_template_cache.new(lookup, { title: "Fixture" }, nil)
  view.instance_variable_set(:@title, "Fixture")
  view.instance_variable_set(:@lazy, true)
  html = view.render(template: file.delete_suffix(".html.erb"), layout: layout)
  name = file.delete_suffix(".html.erb").tr("/", "_") + ".html"
  File.write(File.join(out, name), html)
  puts "#{file} in #{layout}: #{name}"
end
