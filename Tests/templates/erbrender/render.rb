# Renders an ERB template with Ruby's own ERB and a stub context: every helper, constant and
# method answers with a stub that prints nothing and is true, and a layout's `yield` gives "".
# Used by Tests/templates/render_check.py --engine erb.  Usage: ruby render.rb TEMPLATE > page.html
require "erb"

class Stub
  def method_missing(*) = Stub.new
  def respond_to_missing?(*) = true
  def to_s = ""
end

class Object
  def self.const_missing(_) = Stub.new
end

class View
  def method_missing(*) = Stub.new
  def respond_to_missing?(*) = true

  def render_layout(source)
    ERB.new(source, trim_mode: "-").result(binding)
  end
end

print View.new.render_layout(File.read(ARGV[0])) { "" }
